/**
 * The five maturity stages and where they start on the 0–100 score. Equal bands of 20 points:
 * an organisation answering every statement of a dimension with anchor k (0…4) scores 25 × k
 * (0, 25, 50, 75, 100) and lands in stage k + 1, so each stage reads as one anchor of the scale.
 * The top stage needs a mean answer of at least 3.2, i.e. practices that are mostly routine AND
 * partly measured, which is what the method asks of a programme that learns with its customers.
 * These stages are this site's reading of the method, not a published scale.
 */
export const STAGE_IDS = ['unaware', 'experimenting', 'structured', 'integrated', 'co-creative'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Stages that still have a next step (every stage but the last). */
export const PROGRESS_STAGE_IDS = ['unaware', 'experimenting', 'structured', 'integrated'] as const;
export type ProgressStageId = (typeof PROGRESS_STAGE_IDS)[number];

/** Lowest score (inclusive) of each stage; a stage runs up to the next one's lower bound (exclusive). */
export const STAGE_LOWER_BOUNDS: Readonly<Record<StageId, number>> = {
  unaware: 0,
  experimenting: 20,
  structured: 40,
  integrated: 60,
  'co-creative': 80,
};

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** The stage of a score (0–100; scores are whole numbers once rounded, but any number in range is read). */
export function stageOf(score: number): StageId {
  if (!Number.isFinite(score) || score < SCORE_MIN || score > SCORE_MAX) {
    throw new RangeError(`score must be between ${SCORE_MIN} and ${SCORE_MAX} (got ${score})`);
  }
  let stage: StageId = 'unaware';
  for (const id of STAGE_IDS) if (score >= STAGE_LOWER_BOUNDS[id]) stage = id;
  return stage;
}

/** Inclusive range of whole scores covered by a stage, for the explanation on the page. */
export function stageRange(stage: StageId): { readonly from: number; readonly to: number } {
  const index = STAGE_IDS.indexOf(stage);
  const next = STAGE_IDS[index + 1];
  return { from: STAGE_LOWER_BOUNDS[stage], to: next === undefined ? SCORE_MAX : STAGE_LOWER_BOUNDS[next] - 1 };
}

export function isProgressStage(stage: StageId): stage is ProgressStageId {
  return stage !== 'co-creative';
}
