import type { Lang } from '../../lib/i18n-core';
import { createTranslator, type Translator } from '../../lib/translator';
import { resultsEn } from './en';
import { resultsFr, type ResultsDict, type ResultsKey } from './fr';

export type { ResultsDict, ResultsKey };
export { resultsFr, resultsEn };

const DICTS: Readonly<Record<Lang, ResultsDict>> = { fr: resultsFr, en: resultsEn };
const TEXT: Readonly<Record<Lang, Translator<ResultsKey>>> = { fr: createTranslator('fr', DICTS.fr), en: createTranslator('en', DICTS.en) };

/** The results layer's words in one language. */
export function resultsText(lang: Lang): Translator<ResultsKey> {
  return TEXT[lang];
}
