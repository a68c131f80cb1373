/**
 * Which dimensions get next steps: the assessed dimensions below the co-creative stage (score
 * under 80), weakest first (lowest score, then lowest coverage, then questionnaire order), at
 * most three. Three is enough to choose one or two priorities from, as the programme chapter
 * advises; dimensions that are not assessed are listed apart, since the first step there is
 * to find out.
 */
import type { Dimension, NextStep, Questionnaire } from './questionnaire-schema';
import { isAssessed, weakestFirst, type AssessedDimension, type AuditScores } from './scoring';
import { isProgressStage, type ProgressStageId } from './stages';

export const MAX_RECOMMENDED_DIMENSIONS = 3;

export interface Recommendation {
  readonly dimension: Dimension;
  readonly score: AssessedDimension & { readonly stage: ProgressStageId };
  readonly steps: readonly NextStep[];
}

export interface RecommendationSet {
  readonly recommended: readonly Recommendation[];
  /** Dimensions with no rated statement (all "don't know" or unanswered). */
  readonly notAssessed: readonly Dimension[];
}

function hasNextStage(score: AssessedDimension): score is AssessedDimension & { readonly stage: ProgressStageId } {
  return isProgressStage(score.stage);
}

export function chooseRecommendations(
  questionnaire: Questionnaire,
  scores: AuditScores,
  max: number = MAX_RECOMMENDED_DIMENSIONS,
): RecommendationSet {
  const byId = new Map(questionnaire.dimensions.map((dimension) => [dimension.id, dimension] as const));
  const recommended = scores.dimensions
    .filter(isAssessed)
    .filter(hasNextStage)
    .sort(weakestFirst)
    .slice(0, Math.max(0, max))
    .flatMap((score): Recommendation[] => {
      const dimension = byId.get(score.id);
      return dimension ? [{ dimension, score, steps: dimension.nextSteps[score.stage] }] : [];
    });
  const notAssessed = scores.dimensions
    .filter((score) => !isAssessed(score))
    .flatMap((score) => {
      const dimension = byId.get(score.id);
      return dimension ? [dimension] : [];
    });
  return { recommended, notAssessed };
}
