import type { Lang } from '../i18n-core';
import type { PositioningText } from './text';
import { involvementLevel, knowledgeBand, zoneOf, type Position, type ZoneId } from './axes';
import type { SegmentPositioningData, Segment } from './schema';
import { numberFormat } from '../intl';

/** A score for people: up to two decimals, with the language's decimal mark (3,5 / 3.5). */
export function formatScore(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export function formatSize(value: number, unit: SegmentPositioningData['sizeUnit'], t: PositioningText): string {
  const number = numberFormat(t.lang, { maximumFractionDigits: 2 }).format(value);
  return t(unit === 'percent' ? 'size.percent' : 'size.count', { value: number });
}

export function segmentName(segment: Pick<Segment, 'name'>, t: PositioningText): string {
  return segment.name.trim() || t('list.unnamed');
}

export function zoneName(zone: ZoneId, t: PositioningText): string {
  return t(`zone.${zone}`);
}

/** "knowledge 3.5 (intermediate), involvement 5 (high)". */
export function positionText(position: Position, t: PositioningText): string {
  return t('position.text', {
    knowledge: formatScore(position.knowledge, t.lang),
    band: t(`band.${knowledgeBand(position.knowledge)}`),
    involvement: formatScore(position.involvement, t.lang),
    level: t(`level.${involvementLevel(position.involvement)}`),
  });
}

/** "knowledge 3.5 (intermediate), involvement 5 (high): Involved intermediates (target zone)". */
export function positionWithZone(position: Position, t: PositioningText): string {
  return t('pad.valuetext', { position: positionText(position, t), zone: zoneName(zoneOf(position), t) });
}

export function listText(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}
