import { spT } from '../../i18n/tools/segment-positioning/index';
import { formatScore, listText, plural } from './labels';
import type { MergeResult } from './merge';
import type { Lang } from '../i18n-core';

/** One or two sentences on the team average: how many segments, and where the team disagrees most. */
export function mergeSummary(result: MergeResult, placements: number, lang: Lang): string {
  const sentences = [spT(lang, `merge.summary.${plural(lang, result.segments.length)}`, { n: result.segments.length, p: placements })];
  const widest = result.segments.reduce<{ name: string; sd: number } | null>((best, segment) => {
    const sd = Math.max(segment.knowledge.sd, segment.involvement.sd);
    return best === null || sd > best.sd ? { name: segment.name.trim() || spT(lang, 'list.unnamed'), sd } : best;
  }, null);
  if (widest && widest.sd > 1) sentences.push(spT(lang, 'merge.summaryWidest', { name: widest.name, sd: formatScore(widest.sd, lang) }));
  else if (widest) sentences.push(spT(lang, 'merge.summaryAgree'));
  if (result.mixedSizeUnits) sentences.push(spT(lang, 'merge.mixedUnits'));
  if (result.unplaced.length > 0) {
    sentences.push(spT(lang, 'merge.unplaced', { names: listText(result.unplaced.map((item) => item.name.trim() || spT(lang, 'list.unnamed')), lang) }));
  }
  return sentences.join(' ');
}
