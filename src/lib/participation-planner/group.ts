/**
 * A workshop group of plans (results/workshop-group.ts): what a participant leaves in the group, and
 * how the group's choices are spread. Pure functions.
 */
import type { GroupMember } from '../results/workshop-group';
import { answersFromData } from './answers';
import { emptyPlannerData, type PlannerData } from './schema';
import { FIELD_SCALES, FIELDS, MOMENTS, type Field, type Moment } from './scales';

/**
 * What the group keeps of a participant's plan: the single choices and the moments ticked, nothing
 * typed (no offer name or description, no actions, owners or notes). Null when nothing is chosen.
 */
export function plannerGroupData(data: PlannerData): PlannerData | null {
  const used = MOMENTS.filter((moment) => data.timing[moment].used);
  if (Object.keys(answersFromData(data)).length === 0 && used.length === 0) return null;
  const empty = emptyPlannerData();
  return {
    ...empty,
    offer: { ...empty.offer, physical: data.offer.physical, mental: data.offer.mental },
    timing: {
      preConception: { used: data.timing.preConception.used, what: '' },
      coConception: { used: data.timing.coConception.used, what: '' },
      coProduction: { used: data.timing.coProduction.used, what: '' },
    },
    level: data.level,
    personalisation: data.personalisation,
    profile: { ...data.profile },
    readiness: { ...data.readiness },
  };
}

export interface ChoiceSpread {
  readonly field: Field;
  /** How many chose each value of the field's scale, in scale order. */
  readonly counts: readonly { readonly value: string; readonly count: number }[];
  readonly unanswered: number;
}

/** For every choice of the planner, how many members chose each value, and how many did not answer. */
export function choiceSpread(members: readonly GroupMember<PlannerData>[]): ChoiceSpread[] {
  const answers = members.map((member) => answersFromData(member.data) as Partial<Record<Field, string>>);
  return FIELDS.map((field) => ({
    field,
    counts: (FIELD_SCALES[field] as readonly string[]).map((value) => ({ value, count: answers.filter((given) => given[field] === value).length })),
    unanswered: answers.filter((given) => given[field] === undefined).length,
  }));
}

/** For each moment of participation, how many members ticked it. */
export function momentSpread(members: readonly GroupMember<PlannerData>[]): { readonly moment: Moment; readonly count: number }[] {
  return MOMENTS.map((moment) => ({ moment, count: members.filter((member) => member.data.timing[moment].used).length }));
}
