import type { Lang } from '../../lib/i18n-core';
import { createTranslator, type Translator } from '../../lib/translator';
import { figuresFr, type FigureKey, type FiguresDict } from './fr';
import { figuresEn } from './en';

export type { FigureKey, FiguresDict };
export { figuresFr, figuresEn };

const DICTS: Readonly<Record<Lang, FiguresDict>> = { fr: figuresFr, en: figuresEn };
const TEXT: Readonly<Record<Lang, Translator<FigureKey>>> = { fr: createTranslator('fr', DICTS.fr), en: createTranslator('en', DICTS.en) };

/** The figure strings of a language (French when the language is unknown). */
export function figuresText(lang: Lang): Translator<FigureKey> {
  return TEXT[lang] ?? TEXT.fr;
}
