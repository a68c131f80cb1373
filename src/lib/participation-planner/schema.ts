import { z } from 'zod/mini';
import { optionalCalendarDate, uniqueIds } from '../results/schema-checks';
import {
  COMPLEXITIES,
  CULTURES,
  DEVIANCE_RISKS,
  DURATIONS,
  FREEDOMS,
  INNOVATIONS,
  INTENSITIES,
  KNOWLEDGE_LEVELS,
  LEVELS,
  LEVERS,
  MOTIVES,
  PARTICIPANTS,
  PERSONALISATIONS,
  PROFILE_IDS,
  REPETITIONS,
  STAKES,
  STATUSES,
} from './scales';

/**
 * The planner's result data (schema version 1). Every field has a default, so a share link can
 * leave empty fields out and still restore the very same result. Items are keyed by stable ids.
 */

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const NAME_MAX = 200;
export const TEXT_MAX = 2000;
export const ACTION_TEXT_MAX = 500;
export const NOTE_MAX = 500;
export const ACTIONS_MAX = 100;

const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
/** A single-choice answer: one value of its scale, or null while unanswered. */
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z._default(z.nullable(z.enum(values)), null);

const momentSchema = z.strictObject({
  used: z._default(z.boolean(), false),
  what: text(TEXT_MAX),
});

export const offerSchema = z.strictObject({
  name: text(NAME_MAX),
  sector: text(NAME_MAX),
  description: text(TEXT_MAX),
  physical: choice(INTENSITIES),
  mental: choice(INTENSITIES),
});

export const timingSchema = z.strictObject({
  preConception: z._default(momentSchema, { used: false, what: '' }),
  coConception: z._default(momentSchema, { used: false, what: '' }),
  coProduction: z._default(momentSchema, { used: false, what: '' }),
});

export const profileAnswersSchema = z.strictObject({
  participants: choice(PARTICIPANTS),
  repetition: choice(REPETITIONS),
  freedom: choice(FREEDOMS),
  motive: choice(MOTIVES),
  /** The reader's own choice of profile, overruling the proposal; null keeps the proposal. */
  override: choice(PROFILE_IDS),
});

export const readinessSchema = z.strictObject({
  culture: choice(CULTURES),
  duration: choice(DURATIONS),
  complexity: choice(COMPLEXITIES),
  innovation: choice(INNOVATIONS),
  knowledge: choice(KNOWLEDGE_LEVELS),
  deviance: choice(DEVIANCE_RISKS),
  stakes: choice(STAKES),
});

export const actionSchema = z.strictObject({
  id: z.string().check(z.regex(ID_PATTERN)),
  lever: z.enum(LEVERS),
  /** Id of the catalogue action it started from, or null for the reader's own action. */
  source: z._default(z.nullable(z.string().check(z.regex(ID_PATTERN))), null),
  text: z.string().check(z.maxLength(ACTION_TEXT_MAX)),
  owner: text(NAME_MAX),
  /** Due date as YYYY-MM-DD, or '' when none is set. */
  due: z._default(optionalCalendarDate, ''),
  status: z._default(z.enum(STATUSES), 'todo'),
});

export const checkSchema = z.strictObject({
  confirmed: z._default(z.boolean(), false),
  note: text(NOTE_MAX),
});

export const plannerDataSchema = z.strictObject({
  /** Id of the worked example this result was started from (an illustration), or null. */
  example: z._default(z.nullable(z.string().check(z.regex(ID_PATTERN))), null),
  offer: z._default(offerSchema, { name: '', sector: '', description: '', physical: null, mental: null }),
  timing: z._default(timingSchema, {
    preConception: { used: false, what: '' },
    coConception: { used: false, what: '' },
    coProduction: { used: false, what: '' },
  }),
  level: choice(LEVELS),
  personalisation: choice(PERSONALISATIONS),
  profile: z._default(profileAnswersSchema, { participants: null, repetition: null, freedom: null, motive: null, override: null }),
  readiness: z._default(readinessSchema, {
    culture: null,
    duration: null,
    complexity: null,
    innovation: null,
    knowledge: null,
    deviance: null,
    stakes: null,
  }),
  actions: z._default(z.array(actionSchema).check(z.maxLength(ACTIONS_MAX), uniqueIds<unknown[]>()), []),
  /** Benefits-and-limits checklist, keyed by checklist item id. */
  checks: z._default(z.record(z.string().check(z.regex(ID_PATTERN)), checkSchema), {}),
});

export type PlannerData = z.infer<typeof plannerDataSchema>;
export type PlannerAction = z.infer<typeof actionSchema>;
export type PlannerCheck = z.infer<typeof checkSchema>;
export type OfferData = z.infer<typeof offerSchema>;
export type TimingData = z.infer<typeof timingSchema>;
export type ProfileAnswers = z.infer<typeof profileAnswersSchema>;
export type ReadinessData = z.infer<typeof readinessSchema>;

/** A fresh, empty plan. */
export function emptyPlannerData(): PlannerData {
  return plannerDataSchema.parse({});
}
