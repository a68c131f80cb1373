import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import {
  bubbleRadius,
  formatScore,
  largestSize,
  positionOf,
  segmentName,
  ZONE_IDS,
  zoneName,
  zoneOf,
  type MergeResult,
  type SegmentPositioningData,
  type ZoneId,
} from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';
import type { ChartPoint, ChartTexts } from './chart-model';

export function chartTexts(lang: Lang, title: string): ChartTexts {
  const t = positioningText(lang);
  return {
    title,
    xTitle: `${t('axis.knowledgeTitle')} →`,
    yTitle: `${t('axis.involvementTitle')} →`,
    zones: Object.fromEntries(ZONE_IDS.map((zone) => [zone, t(`zone.short.${zone}`)])) as Record<ZoneId, string>,
    lang,
  };
}

/** The bubbles of one placement: placed segments only, coloured by their place in the list. */
export function placementPoints(data: SegmentPositioningData, lang: Lang, selectedId: string | null): ChartPoint[] {
  const t = positioningText(lang);
  const largest = largestSize(data.segments.map((segment) => segment.size));
  return data.segments.flatMap((segment, index): ChartPoint[] => {
    const position = positionOf(segment);
    if (!position) return [];
    const name = segmentName(segment, t);
    const tooltip = [
      t('chart.tooltip', {
        name,
        knowledge: formatScore(position.knowledge, lang),
        involvement: formatScore(position.involvement, lang),
        zone: zoneName(zoneOf(position), t),
      }),
      ...(segment.target
        ? [
            t('chart.tooltipTarget', {
              knowledge: formatScore(segment.target.knowledge, lang),
              involvement: formatScore(segment.target.involvement, lang),
            }),
          ]
        : []),
    ];
    return [
      {
        id: segment.id,
        label: name,
        position,
        radius: bubbleRadius(segment.size, largest),
        colorIndex: index,
        selected: segment.id === selectedId,
        target: segment.target,
        spread: null,
        tooltip,
      },
    ];
  });
}

/** The bubbles of a team merge: mean positions with their min–max cross. */
export function mergePoints(result: MergeResult, lang: Lang): ChartPoint[] {
  const t = positioningText(lang);
  const largest = largestSize(result.segments.map((segment) => segment.size));
  return result.segments.map((segment, index) => {
    const name = segment.name.trim() || t('list.unnamed');
    const f = (value: number): string => formatScore(value, lang);
    return {
      id: segment.id,
      label: name,
      position: segment.mean,
      radius: bubbleRadius(segment.size, largest),
      colorIndex: index,
      selected: false,
      target: segment.target ? { knowledge: segment.target.knowledge, involvement: segment.target.involvement } : null,
      spread: {
        knowledge: [segment.knowledge.min, segment.knowledge.max],
        involvement: [segment.involvement.min, segment.involvement.max],
      },
      tooltip: [
        t('chart.tooltip', {
          name,
          knowledge: f(segment.mean.knowledge),
          involvement: f(segment.mean.involvement),
          zone: zoneName(segment.zone, t),
        }),
        t('chart.tooltipSpread', {
          kmin: f(segment.knowledge.min),
          kmax: f(segment.knowledge.max),
          imin: f(segment.involvement.min),
          imax: f(segment.involvement.max),
        }),
      ],
    };
  });
}
