/** What the results components take from the pure layer and the dictionaries, in one place. */
import { resultsText, type ResultsKey } from '../../i18n/results/index';
import type { FormatParams, Lang } from '../../lib/results/index';

export * from '../../lib/results/index';
export { resultsText, type ResultsKey };

/** A results string in a language, with its placeholders filled. */
export function t(lang: Lang, key: ResultsKey, params?: FormatParams): string {
  return resultsText(lang)(key, params);
}
