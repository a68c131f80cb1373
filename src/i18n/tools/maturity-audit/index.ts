import type { Lang } from '../../../lib/i18n-core';
import { format, type FormatParams } from '../../../lib/format';
import { auditEn } from './en';
import { auditFr, type AuditDict, type AuditKey } from './fr';

export type { AuditDict, AuditKey };
export { auditFr, auditEn };

const DICTS: Readonly<Record<Lang, AuditDict>> = { fr: auditFr, en: auditEn };

export function auditDict(lang: Lang): AuditDict {
  return DICTS[lang];
}

/** A maturity-audit string with its placeholders filled. */
export function auditT(lang: Lang, key: AuditKey, params?: FormatParams): string {
  return format(DICTS[lang][key], params);
}

/** A translator bound to one language. */
export function auditTranslator(lang: Lang): (key: AuditKey, params?: FormatParams) => string {
  return (key, params) => auditT(lang, key, params);
}
