import type { PlannerData } from './schema';
import { FIELDS, type Field, type FieldValue } from './scales';

/** Every single-choice answer of a plan, by field; unanswered fields are absent. */
export type Answers = { readonly [F in Field]?: FieldValue<F> };

/** Flattens a plan into the answers that profiles and rules read. */
export function answersFromData(data: PlannerData): Answers {
  const all: Record<Field, string | null> = {
    physical: data.offer.physical,
    mental: data.offer.mental,
    level: data.level,
    personalisation: data.personalisation,
    participants: data.profile.participants,
    repetition: data.profile.repetition,
    freedom: data.profile.freedom,
    motive: data.profile.motive,
    culture: data.readiness.culture,
    duration: data.readiness.duration,
    complexity: data.readiness.complexity,
    innovation: data.readiness.innovation,
    knowledge: data.readiness.knowledge,
    deviance: data.readiness.deviance,
    stakes: data.readiness.stakes,
  };
  const answers: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const value = all[field];
    if (value !== null) answers[field] = value;
  }
  return answers as Answers;
}
