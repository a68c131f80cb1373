import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import { segmentPositioningTool } from './tool-definition';
import { isoNow, makeEnvelope, randomResultId, type MergedImport, type ResultEnvelope } from '../../../lib/results/index';
import {
  MAX_SEGMENTS,
  mergedAsData,
  mergePlacements,
  type MergeResult,
  type Placement,
  type SegmentPositioningData,
} from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';

type Envelope = ResultEnvelope<SegmentPositioningData>;

/** Who placed a result, as the team view names it: respondent, else title, else the fallback (a file name). */
export const placementLabel = (envelope: Envelope, fallback: string): string =>
  envelope.respondent?.trim() || envelope.title.trim() || fallback;

/**
 * The team average of `count` placements as a new result (none when it would hold too many
 * segments), and what to tell. The one way positioning keeps a team's merge, from the team view or
 * from several files imported at once.
 */
export function teamAverage(merged: MergeResult, count: number, lang: Lang): MergedImport<Envelope> {
  const data = mergedAsData(merged);
  if (data.segments.length > MAX_SEGMENTS) {
    return { result: null, lines: [positioningText(lang)('merge.tooMany', { n: data.segments.length, max: MAX_SEGMENTS })] };
  }
  const title = positioningText(lang)('merge.resultTitle', { n: count });
  const result = makeEnvelope({
    tool: segmentPositioningTool.id,
    schemaVersion: segmentPositioningTool.schemaVersion,
    data,
    lang,
    id: randomResultId(),
    now: isoNow(),
    title,
  });
  return { result, lines: [positioningText(lang)('merge.kept', { title })] };
}

/** Several imported results merged as one team's placements. */
export function teamAverageOf(envelopes: readonly Envelope[], lang: Lang): MergedImport<Envelope> {
  const placements: Placement[] = envelopes.map((envelope, index) => ({ id: envelope.id, label: placementLabel(envelope, `#${index + 1}`), data: envelope.data }));
  return teamAverage(mergePlacements(placements), placements.length, lang);
}
