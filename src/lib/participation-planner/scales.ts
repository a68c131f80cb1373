/**
 * The planner's answer scales. Every scale is ordered from "less" to "more", so an answer's
 * position (its index) is its ordinal value. Labels live in the content files, not here.
 */

/** Physical or mental involvement asked of the customer (chapter 4). */
export const INTENSITIES = ['low', 'moderate', 'high'] as const;
/** Participation level after Bitner et al. 1997 (chapter 4). */
export const LEVELS = ['low', 'moderate', 'high'] as const;
/** Degree of personalisation (chapter 5). */
export const PERSONALISATIONS = ['standard', 'mass-customised', 'bespoke'] as const;
/** Number of people taking part together, from alone to a mass (chapter 6). */
export const PARTICIPANTS = ['alone', 'small-group', 'large-group', 'mass'] as const;
/** One-off or repeated participation within the same offer (chapter 6). */
export const REPETITIONS = ['one-off', 'repeated'] as const;
/** Space of freedom left to the consumer (chapter 6). */
export const FREEDOMS = ['low', 'moderate', 'high'] as const;
/** The customer's main motive: three utilitarian, two subjective (experiential) ones (chapter 6). */
export const MOTIVES = ['price', 'time', 'access', 'experience', 'personalisation'] as const;
/** Readiness factors (chapter 7): each scale runs from "helps participation" to "holds it back", except knowledge. */
export const CULTURES = ['familiar', 'partly-familiar', 'unusual'] as const;
export const DURATIONS = ['short', 'medium', 'long'] as const;
export const COMPLEXITIES = ['low', 'moderate', 'high'] as const;
export const INNOVATIONS = ['low', 'moderate', 'high'] as const;
export const KNOWLEDGE_LEVELS = ['novice', 'intermediate', 'expert'] as const;
/** Risk of deviant behaviour and how much the result matters (chapter 7). */
export const DEVIANCE_RISKS = ['low', 'moderate', 'high'] as const;
export const STAKES = ['low', 'moderate', 'high'] as const;

/** The three control levers of chapter 7, in the chapter's order. */
export const LEVERS = ['accompaniment', 'sanction', 'configuration'] as const;
/** Status of an action of the plan. */
export const STATUSES = ['todo', 'doing', 'done'] as const;
/** The three moments of participation (chapter 5). */
export const MOMENTS = ['preConception', 'coConception', 'coProduction'] as const;
/** Co-production profiles A–E (chapter 6), in the documented order used to break ties. */
export const PROFILE_IDS = ['A', 'B', 'C', 'D', 'E'] as const;
export const FAMILIES = ['utilitarian', 'experiential'] as const;
/** Sides of the benefits-and-limits checklist. */
export const CHECK_SIDES = ['firm', 'customer', 'limit'] as const;

export type Intensity = (typeof INTENSITIES)[number];
export type Level = (typeof LEVELS)[number];
export type Personalisation = (typeof PERSONALISATIONS)[number];
export type Participants = (typeof PARTICIPANTS)[number];
export type Repetition = (typeof REPETITIONS)[number];
export type Freedom = (typeof FREEDOMS)[number];
export type Motive = (typeof MOTIVES)[number];
export type Lever = (typeof LEVERS)[number];
export type Status = (typeof STATUSES)[number];
export type Moment = (typeof MOMENTS)[number];
export type ProfileId = (typeof PROFILE_IDS)[number];
export type Family = (typeof FAMILIES)[number];
export type CheckSide = (typeof CHECK_SIDES)[number];

/** Which family of co-production each motive points to (chapter 6: utilitarian vs subjective reasons). */
export const MOTIVE_FAMILY: Readonly<Record<Motive, Family>> = {
  price: 'utilitarian',
  time: 'utilitarian',
  access: 'utilitarian',
  experience: 'experiential',
  personalisation: 'experiential',
};

/**
 * Every single-choice answer of the planner, by field name, with its scale. Rules may test any
 * of these fields; the questions file gives each one a label in both languages.
 */
export const FIELD_SCALES = {
  physical: INTENSITIES,
  mental: INTENSITIES,
  level: LEVELS,
  personalisation: PERSONALISATIONS,
  participants: PARTICIPANTS,
  repetition: REPETITIONS,
  freedom: FREEDOMS,
  motive: MOTIVES,
  culture: CULTURES,
  duration: DURATIONS,
  complexity: COMPLEXITIES,
  innovation: INNOVATIONS,
  knowledge: KNOWLEDGE_LEVELS,
  deviance: DEVIANCE_RISKS,
  stakes: STAKES,
} as const;

export type Field = keyof typeof FIELD_SCALES;
export const FIELDS = Object.keys(FIELD_SCALES) as Field[];
export type FieldValue<F extends Field> = (typeof FIELD_SCALES)[F][number];

/** The four characteristics that tell co-production profiles apart (chapter 6). */
export const CHARACTERISTICS = ['level', 'participants', 'repetition', 'freedom'] as const;
export type Characteristic = (typeof CHARACTERISTICS)[number];

/** The readiness and risk questions (step 6), in the order they are asked. */
export const READINESS_FIELDS = ['culture', 'duration', 'complexity', 'innovation', 'knowledge', 'deviance', 'stakes'] as const;
export type ReadinessField = (typeof READINESS_FIELDS)[number];

export function isFieldValue<F extends Field>(field: F, value: unknown): value is FieldValue<F> {
  return typeof value === 'string' && (FIELD_SCALES[field] as readonly string[]).includes(value);
}

/** Position of an answer on its scale (0 = first value). */
export function ordinal(field: Field, value: string): number {
  return (FIELD_SCALES[field] as readonly string[]).indexOf(value);
}
