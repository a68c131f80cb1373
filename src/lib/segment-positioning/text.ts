import type { Translator } from '../translator';
import type { InvolvementLevel, KnowledgeBand, ZoneId } from './axes';
import type { PositionMode, SizeUnit } from './schema';
import type { ControlLever, LearningPath, ParticipationLevel } from './strategy';

/** The words the positioning logic needs; the positioning dictionaries in src/i18n have each of them. */
export type PositioningTextKey =
  | `csv.${'id' | 'name' | 'description' | 'size' | 'sizeUnit' | 'mode' | 'knowledge' | 'involvement' | 'band' | 'level'}`
  | `csv.${'zone' | 'strategy' | 'participation' | 'learning' | 'levers' | 'targetKnowledge' | 'targetInvolvement' | 'targetZone' | 'answer'}`
  | `csv.mode.${PositionMode}`
  | `unit.${SizeUnit}`
  | `size.${'percent' | 'count'}`
  | `band.${KnowledgeBand}`
  | `level.${InvolvementLevel}`
  | `zone.${ZoneId}`
  | `participation.${ParticipationLevel}`
  | `learning.${LearningPath}`
  | `lever.${ControlLever}`
  | 'table.notPlaced'
  | 'list.unnamed'
  | 'position.text'
  | 'pad.valuetext'
  | `summary.${'empty' | 'placed.one' | 'placed.other' | 'target.none' | 'target.some' | 'largest' | 'targets' | 'unplaced'}`
  | `merge.${'summary.one' | 'summary.other' | 'summaryWidest' | 'summaryAgree' | 'mixedUnits' | 'unplaced'}`;

/** The positioning tool's words in the reader's language. */
export type PositioningText = Translator<PositioningTextKey>;
