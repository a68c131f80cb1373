import type { ResultSummary } from './store';

/**
 * Workshop (kiosk) mode, the pure part. The mode is stored as the time the workshop began: results
 * changed since then are the participants'; older ones (the trainer's own) are never touched.
 */

/** The stored workshop start, or null when the mode is off or the value is not a date. */
export function parseWorkshopSince(raw: string | null): string | null {
  return raw !== null && !Number.isNaN(Date.parse(raw)) ? raw : null;
}

/** Ids of the results (live or in the bin) changed at or after `since`; an undatable one counts as changed (never left behind). */
export function resultsChangedSince(summaries: readonly ResultSummary[], since: string): string[] {
  const started = Date.parse(since);
  return summaries.filter((summary) => !(Date.parse(summary.updatedAt) < started)).map((summary) => summary.id);
}
