/**
 * The one import entry point's decision: several results of one tool, chosen or dropped together,
 * may be separate results or the respondents of one team result. Only the person importing knows,
 * so the layer asks, and only when the question means something: the tool can merge, and at least
 * two different results (by id: the same file twice, or a copy of it, is one respondent) came in.
 */
export type ImportChoice = 'separate' | 'merge' | 'cancel';

export type ImportDecision<T> =
  /** Nothing valid to add. */
  | { readonly kind: 'none' }
  /** Open them as they are (one result, copies of one, or a tool without a team merge). */
  | { readonly kind: 'open'; readonly results: readonly T[] }
  /** Ask: `respondents` different results could become one team result. */
  | { readonly kind: 'ask'; readonly results: readonly T[]; readonly respondents: number };

/** How many different results (ids) a set of imported results holds. */
export function distinctResults<T extends { readonly id: string }>(results: readonly T[]): number {
  return new Set(results.map((result) => result.id)).size;
}

/** What to do with the valid results of one import, before anything is saved. */
export function decideImport<T extends { readonly id: string }>(results: readonly T[], canMerge: boolean): ImportDecision<T> {
  if (results.length === 0) return { kind: 'none' };
  const respondents = distinctResults(results);
  if (!canMerge || respondents < 2) return { kind: 'open', results };
  return { kind: 'ask', results, respondents };
}

/** A tool's team merge of imported results: the one result to save (none if it cannot be made) and what to tell. */
export interface MergedImport<T> {
  readonly result: T | null;
  readonly lines: readonly string[];
}
