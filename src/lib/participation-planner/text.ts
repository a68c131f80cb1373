import type { Translator } from '../translator';
import type { EmphasisBand } from './rules-engine';
import type { Lever, Status } from './scales';

/** The words the planner's logic needs; the planner dictionaries in src/i18n have each of them. */
export type PlannerTextKey =
  | `csv.${'yes' | 'no' | 'title' | 'respondent' | 'example' | 'proposed' | 'distance' | 'chosen'}`
  | `csv.${'section' | 'item' | 'label' | 'value' | 'note' | 'owner' | 'due' | 'status'}`
  | `csv.section.${'meta' | 'offer' | 'timing' | 'answers' | 'profile' | 'mix' | 'rules' | 'actions' | 'checks'}`
  | `offer.${'name' | 'sector' | 'description'}`
  | `cond.${'in' | 'and' | 'any' | 'any.or' | 'values.or'}`
  | 'profile.range.span'
  | 'list.sep'
  | 'examples.title'
  | `lever.${Lever}`
  | `band.${EmphasisBand}`
  | `status.${Status}`
  | `summary.${'none' | 'notAnswered' | 'profileChosen' | 'profileProposed'}`
  | `summary.row.${'offer' | 'sector' | 'involvement' | 'involvementValue' | 'timing' | 'level' | 'personalisation'}`
  | `summary.row.${'characteristics' | 'motive' | 'profile' | 'readiness'}`
  | `text.${'offer' | 'unnamed' | 'level' | 'levelMissing' | 'moments' | 'list.and' | 'profile' | 'profileNone' | 'mix' | 'rules'}`
  | `text.${'noActions' | 'actions.one' | 'actions.other'}`;

/** The planner's words in the reader's language. */
export type PlannerText = Translator<PlannerTextKey>;
