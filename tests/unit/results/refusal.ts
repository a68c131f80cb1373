import { resultsText } from '../../../src/i18n/results/index';
import { formatErrorSummary, type ImportOutcome, type Lang, type ResultSource } from '../../../src/lib/results/index';

/** What the page shows for a refused import ('' when it was accepted): the errors in words. */
export function refusalText(outcome: ImportOutcome<unknown>, lang: Lang, source: ResultSource = 'file'): string {
  return outcome.ok ? '' : formatErrorSummary(outcome.errors, resultsText(lang), source);
}
