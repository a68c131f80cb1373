import type { Lang } from '../../../lib/i18n-core';
import { createTranslator, type Translator } from '../../../lib/translator';
import { plannerEn } from './en';
import { plannerFr, type PlannerDict, type PlannerKey } from './fr';

export type { PlannerDict, PlannerKey };
export { plannerFr, plannerEn };

const DICTS: Readonly<Record<Lang, PlannerDict>> = { fr: plannerFr, en: plannerEn };
const TEXT: Readonly<Record<Lang, Translator<PlannerKey>>> = { fr: createTranslator('fr', DICTS.fr), en: createTranslator('en', DICTS.en) };

/** The participation planner's words in one language. */
export function plannerText(lang: Lang): Translator<PlannerKey> {
  return TEXT[lang];
}
