import type { PlannerData } from './schema';
import { MOMENTS, READINESS_FIELDS, type Moment } from './scales';
import type { InputStepId } from './steps';

export type StepStatus = 'empty' | 'partial' | 'complete';

function fromCounts(answered: number, total: number): StepStatus {
  return answered === 0 ? 'empty' : answered === total ? 'complete' : 'partial';
}

const filled = (text: string): boolean => text.trim() !== '';

/**
 * How far each input step is filled in.
 * - offer: complete with a name and both kinds of involvement (sector and description are optional);
 * - timing: complete when at least one moment is ticked and every ticked moment says what customers do;
 * - level, personalisation: complete once answered;
 * - profile: the three characteristics asked here (the level comes from step 3) and the motive;
 * - readiness: all seven factors.
 */
export function stepStatuses(data: PlannerData): Readonly<Record<InputStepId, StepStatus>> {
  const { offer, timing } = data;
  const offerCore = [filled(offer.name), offer.physical !== null, offer.mental !== null].filter(Boolean).length;
  const offerAny = offerCore + [filled(offer.sector), filled(offer.description)].filter(Boolean).length;
  const used = MOMENTS.filter((moment: Moment) => timing[moment].used);
  const anyTiming = used.length > 0 || MOMENTS.some((moment) => filled(timing[moment].what));
  const timingStatus: StepStatus =
    used.length > 0 && used.every((moment) => filled(timing[moment].what)) ? 'complete' : anyTiming ? 'partial' : 'empty';
  const profileAnswers = [data.profile.participants, data.profile.repetition, data.profile.freedom, data.profile.motive];
  return {
    offer: offerCore === 3 ? 'complete' : offerAny > 0 ? 'partial' : 'empty',
    timing: timingStatus,
    level: data.level === null ? 'empty' : 'complete',
    personalisation: data.personalisation === null ? 'empty' : 'complete',
    profile: fromCounts(profileAnswers.filter((value) => value !== null).length, profileAnswers.length),
    readiness: fromCounts(READINESS_FIELDS.filter((field) => data.readiness[field] !== null).length, READINESS_FIELDS.length),
  };
}

/** Number of input steps complete. */
export function completedSteps(statuses: Readonly<Record<InputStepId, StepStatus>>): number {
  return Object.values(statuses).filter((status) => status === 'complete').length;
}
