import { spT } from '../../i18n/tools/segment-positioning/index';
import type { Lang } from '../i18n-core';
import { isTargetZone, zoneOf } from './axes';
import { formatSize, listText, plural, segmentName, zoneName } from './labels';
import type { SegmentPositioningData } from './schema';
import { positionOf } from './segment';

/**
 * The text summary shown beside the chart (and used as the canvas's label): how many segments
 * are placed, which are in the target zone, the largest one, targets, and what is still unplaced.
 */
export function placementSummary(data: SegmentPositioningData, lang: Lang): string[] {
  const placed = data.segments.flatMap((segment) => {
    const position = positionOf(segment);
    return position ? [{ segment, position, zone: zoneOf(position) }] : [];
  });
  const unplaced = data.segments.filter((segment) => positionOf(segment) === null);
  const sentences: string[] = [];
  if (placed.length === 0) {
    sentences.push(spT(lang, 'summary.empty'));
  } else {
    sentences.push(spT(lang, `summary.placed.${plural(lang, placed.length)}`, { n: placed.length }));
    const inTarget = placed.filter((item) => isTargetZone(item.zone)).map((item) => segmentName(item.segment, lang));
    sentences.push(
      inTarget.length === 0 ? spT(lang, 'summary.target.none') : spT(lang, 'summary.target.some', { names: listText(inTarget, lang) }),
    );
    const sized = placed.filter((item) => item.segment.size !== null);
    const largest = sized.reduce<(typeof sized)[number] | undefined>(
      (best, item) => (best === undefined || (item.segment.size ?? 0) > (best.segment.size ?? 0) ? item : best),
      undefined,
    );
    if (largest && largest.segment.size !== null) {
      sentences.push(
        spT(lang, 'summary.largest', {
          name: segmentName(largest.segment, lang),
          size: formatSize(largest.segment.size, data.sizeUnit, lang),
          zone: zoneName(largest.zone, lang),
        }),
      );
    }
    const withTarget = placed.filter((item) => item.segment.target !== null);
    if (withTarget.length > 0) {
      const aimingAtTarget = withTarget.filter((item) => item.segment.target && isTargetZone(zoneOf(item.segment.target))).length;
      sentences.push(spT(lang, 'summary.targets', { n: withTarget.length, total: placed.length, m: aimingAtTarget }));
    }
  }
  if (unplaced.length > 0) {
    sentences.push(spT(lang, 'summary.unplaced', { names: listText(unplaced.map((segment) => segmentName(segment, lang)), lang) }));
  }
  return sentences;
}
