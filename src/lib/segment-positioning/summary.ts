import type { PositioningText } from './text';
import { isTargetZone, zoneOf } from './axes';
import { formatSize, listText, segmentName, zoneName } from './labels';
import type { SegmentPositioningData } from './schema';
import { positionOf } from './segment';

/**
 * The text summary shown beside the chart (and used as the canvas's label): how many segments
 * are placed, which are in the target zone, the largest one, targets, and what is still unplaced.
 */
export function placementSummary(data: SegmentPositioningData, t: PositioningText): string[] {
  const placed = data.segments.flatMap((segment) => {
    const position = positionOf(segment);
    return position ? [{ segment, position, zone: zoneOf(position) }] : [];
  });
  const unplaced = data.segments.filter((segment) => positionOf(segment) === null);
  const sentences: string[] = [];
  if (placed.length === 0) {
    sentences.push(t('summary.empty'));
  } else {
    sentences.push(t.plural(placed.length, { one: 'summary.placed.one', other: 'summary.placed.other' }));
    const inTarget = placed.filter((item) => isTargetZone(item.zone)).map((item) => segmentName(item.segment, t));
    sentences.push(
      inTarget.length === 0 ? t('summary.target.none') : t('summary.target.some', { names: listText(inTarget, t.lang) }),
    );
    const sized = placed.filter((item) => item.segment.size !== null);
    const largest = sized.reduce<(typeof sized)[number] | undefined>(
      (best, item) => (best === undefined || (item.segment.size ?? 0) > (best.segment.size ?? 0) ? item : best),
      undefined,
    );
    if (largest && largest.segment.size !== null) {
      sentences.push(
        t('summary.largest', {
          name: segmentName(largest.segment, t),
          size: formatSize(largest.segment.size, data.sizeUnit, t),
          zone: zoneName(largest.zone, t),
        }),
      );
    }
    const withTarget = placed.filter((item) => item.segment.target !== null);
    if (withTarget.length > 0) {
      const aimingAtTarget = withTarget.filter((item) => item.segment.target && isTargetZone(zoneOf(item.segment.target))).length;
      sentences.push(t('summary.targets', { n: withTarget.length, total: placed.length, m: aimingAtTarget }));
    }
  }
  if (unplaced.length > 0) {
    sentences.push(t('summary.unplaced', { names: listText(unplaced.map((segment) => segmentName(segment, t)), t.lang) }));
  }
  return sentences;
}
