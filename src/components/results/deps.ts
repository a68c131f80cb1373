/** What the results components take from the pure layer and the dictionaries, in one place. */
export * from '../../lib/results/index';
export type { ResultsKey } from '../../i18n/results/index';
