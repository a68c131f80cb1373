import type { ResultEnvelope } from '../results/envelope';
import type { CsvCell, CsvTable } from '../results/tool-definition';
import type { PositioningText } from './text';
import { involvementLevel, knowledgeBand, zoneOf } from './axes';
import { QUESTION_IDS } from './questions';
import type { SegmentPositioningData } from './schema';
import { positionOf } from './segment';
import { strategyFor } from './strategy';

/**
 * One CSV row per segment: its position, zone and the strategy's participation level, learning
 * path and control levers (labels in the export language), its target, then the raw answers.
 */
export function segmentCsvRows(envelope: ResultEnvelope<SegmentPositioningData>, t: PositioningText): CsvTable {
  const { data } = envelope;
  const header = [
    t('csv.id'),
    t('csv.name'),
    t('csv.description'),
    t('csv.size'),
    t('csv.sizeUnit'),
    t('csv.mode'),
    t('csv.knowledge'),
    t('csv.involvement'),
    t('csv.band'),
    t('csv.level'),
    t('csv.zone'),
    t('csv.strategy'),
    t('csv.participation'),
    t('csv.learning'),
    t('csv.levers'),
    t('csv.targetKnowledge'),
    t('csv.targetInvolvement'),
    t('csv.targetZone'),
    ...QUESTION_IDS.map((id) => t('csv.answer', { id })),
  ];
  const rows = data.segments.map((segment): CsvCell[] => {
    const position = positionOf(segment);
    const zone = position ? zoneOf(position) : null;
    const rule = zone ? strategyFor(zone) : null;
    return [
      segment.id,
      segment.name,
      segment.description,
      segment.size,
      t(`unit.${data.sizeUnit}`),
      t(`csv.mode.${segment.mode}`),
      position?.knowledge ?? null,
      position?.involvement ?? null,
      position ? t(`band.${knowledgeBand(position.knowledge)}`) : null,
      position ? t(`level.${involvementLevel(position.involvement)}`) : null,
      zone ? t(`zone.${zone}`) : t('table.notPlaced'),
      rule?.id ?? null,
      rule ? t(`participation.${rule.participation}`) : null,
      rule ? rule.learning.map((path) => t(`learning.${path}`)).join(' + ') : null,
      rule ? rule.levers.map((lever) => t(`lever.${lever}`)).join(' + ') : null,
      segment.target?.knowledge ?? null,
      segment.target?.involvement ?? null,
      segment.target ? t(`zone.${zoneOf(segment.target)}`) : null,
      ...QUESTION_IDS.map((id) => segment.answers[id] ?? null),
    ];
  });
  return { header, rows };
}
