import { SCORE_MAX, type Position } from './axes';
import { round2 } from './numbers';

export const AXES = ['involvement', 'knowledge'] as const;
export type Axis = (typeof AXES)[number];

/**
 * The short questions that estimate each axis, by stable id. Their wording lives in
 * src/content/tools/segment-positioning/questions.{fr,en}.json (same ids, same axes).
 * Involvement is the time spent learning about and around the offer, as the method defines it
 * (before choosing, around the purchase, after it), never the willingness to take part that the
 * tool then recommends; knowledge runs from familiarity to the ability to teach others.
 * Version 1 also asked "inv-participation" (willingness to take part); see RETIRED_QUESTION_IDS.
 */
export const QUESTION_IDS = [
  'inv-time',
  'inv-interest',
  'inv-after',
  'kn-familiarity',
  'kn-competence',
  'kn-expertise',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const QUESTION_AXES: Readonly<Record<QuestionId, Axis>> = {
  'inv-time': 'involvement',
  'inv-interest': 'involvement',
  'inv-after': 'involvement',
  'kn-familiarity': 'knowledge',
  'kn-competence': 'knowledge',
  'kn-expertise': 'knowledge',
};

/** Questions a former version asked: their answers are kept with the segment, never scored. */
export const RETIRED_QUESTION_IDS = ['inv-participation'] as const;

export function questionsOf(axis: Axis): QuestionId[] {
  return QUESTION_IDS.filter((id) => QUESTION_AXES[id] === axis);
}

/** Every question is answered on the same labelled scale, 0 (not at all) to 4 (fully). */
export const ANSWER_MIN = 0;
export const ANSWER_MAX = 4;
export const ANSWER_VALUES = [0, 1, 2, 3, 4] as const;

export type Answers = Readonly<Partial<Record<string, number>>>;

function isAnswer(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= ANSWER_MIN && value <= ANSWER_MAX;
}

/** The answers given for one axis, in question order (unanswered questions left out). */
export function answersFor(axis: Axis, answers: Answers): number[] {
  return questionsOf(axis).flatMap((id) => {
    const value = answers[id];
    return isAnswer(value) ? [value] : [];
  });
}

/**
 * Score of one axis from its answers: the mean of the answers given, rescaled from 0–4 to 0–10
 * (mean ÷ 4 × 10) and rounded to two decimals; null when no question of the axis is answered.
 * Answers 3, 2, 4 → mean 3 → 7.5; a single answer 1 → 2.5.
 */
export function deriveAxisScore(axis: Axis, answers: Answers): number | null {
  const given = answersFor(axis, answers);
  if (given.length === 0) return null;
  const mean = given.reduce((sum, value) => sum + value, 0) / given.length;
  return round2(((mean - ANSWER_MIN) / (ANSWER_MAX - ANSWER_MIN)) * SCORE_MAX);
}

export interface DerivedPosition {
  readonly knowledge: number | null;
  readonly involvement: number | null;
  /** How many questions of each axis were answered. */
  readonly answered: Readonly<Record<Axis, number>>;
}

export function derivePosition(answers: Answers): DerivedPosition {
  return {
    knowledge: deriveAxisScore('knowledge', answers),
    involvement: deriveAxisScore('involvement', answers),
    answered: { knowledge: answersFor('knowledge', answers).length, involvement: answersFor('involvement', answers).length },
  };
}

/** Both axes derived, or null when one of them has no answer yet. */
export function completePosition(derived: DerivedPosition): Position | null {
  return derived.knowledge === null || derived.involvement === null
    ? null
    : { knowledge: derived.knowledge, involvement: derived.involvement };
}
