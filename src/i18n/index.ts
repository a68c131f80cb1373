import type { Lang } from '../lib/i18n-core';
import { createTranslator, type Translator } from '../lib/translator';
import { fr, type UiDict, type UiKey } from './fr';
import { en } from './en';

export const dictionaries: Record<Lang, UiDict> = { fr, en };
const TEXT: Readonly<Record<Lang, Translator<UiKey>>> = { fr: createTranslator('fr', dictionaries.fr), en: createTranslator('en', dictionaries.en) };
export type { UiKey, UiDict };

/** A translator bound to one language: t('chapter.label', { n: 2 }). */
export function useTranslations(lang: Lang): Translator<UiKey> {
  return TEXT[lang];
}
