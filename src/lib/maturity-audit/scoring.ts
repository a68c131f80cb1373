/**
 * Scores: per dimension, the mean of the rated statements on 0–4 turned into 0–100
 * (mean ÷ 4 × 100) and rounded to a whole number; "don't know" and unanswered statements are left
 * out of the mean and show as lower coverage. A dimension with no rated statement is "not
 * assessed" (null), never 0. The overall score is the mean of the assessed dimensions' (rounded)
 * scores, rounded; it is always reported with the weakest dimension beside it.
 */
import { ANSWER_MAX, DONT_KNOW } from './data-schema';
import type { Dimension, Questionnaire } from './questionnaire-schema';
import { stageOf, type StageId } from './stages';
import type { ValueMap } from './values';

export interface DimensionScore {
  readonly id: string;
  /** Position in the questionnaire (0-based), the last tie-breaker. */
  readonly index: number;
  readonly total: number;
  /** Statements rated 0–4. */
  readonly rated: number;
  readonly dontKnow: number;
  readonly unanswered: number;
  /** rated ÷ total, from 0 to 1. */
  readonly coverage: number;
  /** Mean of the rated values (0–4), null when none. */
  readonly mean: number | null;
  /** 0–100, whole number; null = not assessed. */
  readonly score: number | null;
  readonly stage: StageId | null;
}

export interface AssessedDimension extends DimensionScore {
  readonly score: number;
  readonly stage: StageId;
  readonly mean: number;
}

export interface AuditScores {
  readonly dimensions: readonly DimensionScore[];
  readonly assessed: number;
  /** Mean of the assessed dimensions' scores, rounded; null when none is assessed. */
  readonly overall: number | null;
  readonly overallStage: StageId | null;
  readonly weakest: AssessedDimension | null;
  readonly totalStatements: number;
  /** Statements with any answer (rated or "don't know"): the questionnaire's progress. */
  readonly answeredStatements: number;
  readonly dontKnowStatements: number;
}

/** Half-up rounding that ignores floating-point dust (62.499999999 from 62.5 still gives 63). */
export function roundScore(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

/** A mean on 0–4 as a whole score on 0–100. */
export function toScore(meanValue: number): number {
  return roundScore((meanValue / ANSWER_MAX) * 100);
}

export function isAssessed(score: DimensionScore): score is AssessedDimension {
  return score.score !== null;
}

export function scoreDimension(dimension: Dimension, values: ValueMap, index = 0): DimensionScore {
  const rated: number[] = [];
  let dontKnow = 0;
  for (const statement of dimension.statements) {
    const value = values[statement.id];
    if (value === undefined) continue;
    if (value === DONT_KNOW) dontKnow += 1;
    else rated.push(value);
  }
  const total = dimension.statements.length;
  const meanValue = rated.length === 0 ? null : rated.reduce((sum, value) => sum + value, 0) / rated.length;
  const score = meanValue === null ? null : toScore(meanValue);
  return {
    id: dimension.id,
    index,
    total,
    rated: rated.length,
    dontKnow,
    unanswered: total - rated.length - dontKnow,
    coverage: total === 0 ? 0 : rated.length / total,
    mean: meanValue,
    score,
    stage: score === null ? null : stageOf(score),
  };
}

/**
 * Order from weakest to strongest: lowest score first; on equal scores, the lower coverage
 * first (the less we know, the more it needs attention); then questionnaire order.
 */
export function weakestFirst(a: AssessedDimension, b: AssessedDimension): number {
  return a.score - b.score || a.coverage - b.coverage || a.index - b.index;
}

export function weakestDimension(scores: readonly DimensionScore[]): AssessedDimension | null {
  const assessed = scores.filter(isAssessed).sort(weakestFirst);
  return assessed[0] ?? null;
}

export function overallScore(scores: readonly DimensionScore[]): number | null {
  const assessed = scores.filter(isAssessed);
  if (assessed.length === 0) return null;
  return roundScore(assessed.reduce((sum, score) => sum + score.score, 0) / assessed.length);
}

export function scoreAudit(questionnaire: Questionnaire, values: ValueMap): AuditScores {
  const dimensions = questionnaire.dimensions.map((dimension, index) => scoreDimension(dimension, values, index));
  const overall = overallScore(dimensions);
  return {
    dimensions,
    assessed: dimensions.filter(isAssessed).length,
    overall,
    overallStage: overall === null ? null : stageOf(overall),
    weakest: weakestDimension(dimensions),
    totalStatements: dimensions.reduce((sum, score) => sum + score.total, 0),
    answeredStatements: dimensions.reduce((sum, score) => sum + score.rated + score.dontKnow, 0),
    dontKnowStatements: dimensions.reduce((sum, score) => sum + score.dontKnow, 0),
  };
}
