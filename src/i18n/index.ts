import type { Lang } from '../lib/i18n-core';
import { fr, type UiDict, type UiKey } from './fr';
import { en } from './en';
import { format } from '../lib/format';

export const dictionaries: Record<Lang, UiDict> = { fr, en };
export type { UiKey, UiDict };

/** A translator bound to one language: t('chapter.label', { n: 2 }). */
export function useTranslations(lang: Lang) {
  const dict = dictionaries[lang];
  return (key: UiKey, params?: Record<string, string | number>): string => format(dict[key], params);
}
