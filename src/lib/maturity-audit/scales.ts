/**
 * The audit's two answer scales (no zod here: the browser imports this). "practice" asks how often
 * something is done (0 never … 4 always); "fact" asks whether something is so (no / partly / yes,
 * stored as 0, 2 and 4 so that a dimension's score keeps one arithmetic: the mean on 0–4 × 25).
 */
import type { Questionnaire, Statement } from './questionnaire-schema';

export const STATEMENT_SCALES = ['practice', 'fact'] as const;
export type StatementScale = (typeof STATEMENT_SCALES)[number];

/** The values a statement's scale offers, lowest first (without "don't know"). */
export const SCALE_VALUES: Readonly<Record<StatementScale, readonly number[]>> = { practice: [0, 1, 2, 3, 4], fact: [0, 2, 4] };

export function statementScale(statement: Pick<Statement, 'scale'>): StatementScale {
  return statement.scale ?? 'practice';
}

/** The label of a value on a statement's scale; a value the scale does not offer shows as its number. */
export function scaleLabel(questionnaire: Pick<Questionnaire, 'scale' | 'factScale'>, statement: Pick<Statement, 'scale'>, value: number | 'dk'): string {
  if (value === 'dk') return questionnaire.scale.dk;
  const labels: Readonly<Record<string, string>> = statementScale(statement) === 'fact' ? questionnaire.factScale : questionnaire.scale;
  return labels[String(value)] ?? String(value);
}

