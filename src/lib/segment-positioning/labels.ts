import { spT } from '../../i18n/tools/segment-positioning/index';
import type { Lang } from '../i18n-core';
import { involvementLevel, knowledgeBand, zoneOf, type Position, type ZoneId } from './axes';
import type { SegmentPositioningData, Segment } from './schema';
import { numberFormat } from '../intl';

/** A score for people: up to two decimals, with the language's decimal mark (3,5 / 3.5). */
export function formatScore(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export function formatSize(value: number, unit: SegmentPositioningData['sizeUnit'], lang: Lang): string {
  const number = numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  return spT(lang, unit === 'percent' ? 'size.percent' : 'size.count', { value: number });
}

export function segmentName(segment: Pick<Segment, 'name'>, lang: Lang): string {
  return segment.name.trim() || spT(lang, 'list.unnamed');
}

export function zoneName(zone: ZoneId, lang: Lang): string {
  return spT(lang, `zone.${zone}`);
}

/** "knowledge 3.5 (intermediate), involvement 5 (high)". */
export function positionText(position: Position, lang: Lang): string {
  return spT(lang, 'position.text', {
    knowledge: formatScore(position.knowledge, lang),
    band: spT(lang, `band.${knowledgeBand(position.knowledge)}`),
    involvement: formatScore(position.involvement, lang),
    level: spT(lang, `level.${involvementLevel(position.involvement)}`),
  });
}

/** "knowledge 3.5 (intermediate), involvement 5 (high): Involved intermediates (target zone)". */
export function positionWithZone(position: Position, lang: Lang): string {
  return spT(lang, 'pad.valuetext', { position: positionText(position, lang), zone: zoneName(zoneOf(position), lang) });
}

export function listText(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** Plural category for the dictionaries' `.one` / `.other` keys. */
export function plural(lang: Lang, n: number): 'one' | 'other' {
  return new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
}
