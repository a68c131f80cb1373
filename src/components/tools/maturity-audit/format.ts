import { DONT_KNOW, type AnswerValue } from '../../../lib/maturity-audit/index';
import type { Lang } from '../../../lib/i18n-core';
import { numberFormat } from '../../../lib/intl';

/** A value for display: whole numbers as they are, team means with one decimal. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 1 }).format(value);
}

export function formatValue(value: AnswerValue | null | undefined, lang: Lang, dk: string, none: string): string {
  if (value === null || value === undefined) return none;
  if (value === DONT_KNOW) return dk;
  return formatNumber(value, lang);
}
