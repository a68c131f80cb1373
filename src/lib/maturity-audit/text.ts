import type { Translator } from '../translator';
import type { Confidence, PlanStatus } from './data-schema';

/** The words the audit's logic needs; the dictionaries in src/i18n must have each of them. */
export type AuditTextKey =
  | `csv.${'type' | 'dimension' | 'id' | 'text' | 'respondent' | 'value' | 'dontKnow' | 'confidence' | 'note' | 'score' | 'stage'}`
  | `csv.${'coverage' | 'spread' | 'toDiscuss' | 'owner' | 'due' | 'status' | 'yes' | 'no' | 'notAssessed'}`
  | `csv.type.${'statement' | 'response' | 'dimension' | 'overall' | 'action'}`
  | `csv.team.${'agreed' | 'mean'}`
  | `confidence.${Confidence}`
  | `plan.status.${PlanStatus}`
  | 'team.anonymous'
  | 'issue.value'
  | 'r.summary'
  | 'r.summary.none'
  | `cmp.${'na' | 'summary' | 'gain' | 'drop' | 'noChange'}`;

/**
 * The audit's strings in one language (the page's). The logic receives it rather than importing
 * the dictionaries, so a page's script never carries both languages.
 */
export type AuditText = Translator<AuditTextKey>;
