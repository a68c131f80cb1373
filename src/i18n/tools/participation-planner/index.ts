import type { Lang } from '../../../lib/i18n-core';
import { format, type FormatParams } from '../../../lib/format';
import { plannerEn } from './en';
import { plannerFr, type PlannerDict, type PlannerKey } from './fr';

export type { PlannerDict, PlannerKey };
export { plannerFr, plannerEn };

const DICTS: Readonly<Record<Lang, PlannerDict>> = { fr: plannerFr, en: plannerEn };

/** A planner UI string with its placeholders filled. */
export function pt(lang: Lang, key: PlannerKey, params?: FormatParams): string {
  return format(DICTS[lang][key], params);
}
