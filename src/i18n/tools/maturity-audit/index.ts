import type { Lang } from '../../../lib/i18n-core';
import { createTranslator, type Translator } from '../../../lib/translator';
import { auditEn } from './en';
import { auditFr, type AuditDict, type AuditKey } from './fr';

export type { AuditDict, AuditKey };
export { auditFr, auditEn };

const DICTS: Readonly<Record<Lang, AuditDict>> = { fr: auditFr, en: auditEn };
const TEXT: Readonly<Record<Lang, Translator<AuditKey>>> = { fr: createTranslator('fr', DICTS.fr), en: createTranslator('en', DICTS.en) };

/** The maturity audit's words in one language (the island loads its language's dictionary itself). */
export function auditText(lang: Lang): Translator<AuditKey> {
  return TEXT[lang];
}
