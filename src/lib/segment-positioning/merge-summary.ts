import { formatScore, listText } from './labels';
import type { MergeResult } from './merge';
import type { PositioningText } from './text';

/** One or two sentences on the team average: how many segments, and where the team disagrees most. */
export function mergeSummary(result: MergeResult, placements: number, t: PositioningText): string {
  const sentences = [t.plural(result.segments.length, { one: 'merge.summary.one', other: 'merge.summary.other' }, { p: placements })];
  const widest = result.segments.reduce<{ name: string; sd: number } | null>((best, segment) => {
    const sd = Math.max(segment.knowledge.sd, segment.involvement.sd);
    return best === null || sd > best.sd ? { name: segment.name.trim() || t('list.unnamed'), sd } : best;
  }, null);
  if (widest && widest.sd > 1) sentences.push(t('merge.summaryWidest', { name: widest.name, sd: formatScore(widest.sd, t.lang) }));
  else if (widest) sentences.push(t('merge.summaryAgree'));
  if (result.mixedSizeUnits) sentences.push(t('merge.mixedUnits'));
  if (result.unplaced.length > 0) {
    sentences.push(t('merge.unplaced', { names: listText(result.unplaced.map((item) => item.name.trim() || t('list.unnamed')), t.lang) }));
  }
  return sentences.join(' ');
}
