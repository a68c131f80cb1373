/**
 * The data of a maturity-audit result (the `data` of its envelope), version 2 (version 1 migrates
 * through migrate-v1.ts, which records what it changed in `revision`). Everything is keyed
 * by stable ids (statement ids, plan item ids), never by positions. One schema serves both kinds
 * of result: an individual audit (`answers`) and a team result (`team`: the respondents' answers
 * and the facilitator's agreed values), so a team result saves, exports, imports and shares
 * through the results layer exactly like an individual one.
 */
import { z } from 'zod/mini';
import { RESULT_ID_PATTERN, TITLE_MAX_LENGTH } from '../results/envelope';
import { atMostEntries, calendarDate, uniqueIds } from '../results/schema-checks';
import { STATEMENT_ID_PATTERN, STEP_ID_PATTERN, DIMENSION_ID_PATTERN } from './ids';

export const ANSWER_MIN = 0;
export const ANSWER_MAX = 4;
/** The "don't know" answer: excluded from scores, counted against coverage. */
export const DONT_KNOW = 'dk';
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export const PLAN_STATUSES = ['todo', 'doing', 'done'] as const;
export const NOTE_MAX_LENGTH = 280;
export const REASON_MAX_LENGTH = 280;
export const ACTION_TEXT_MAX_LENGTH = 400;
export const OWNER_MAX_LENGTH = 120;
export const MAX_ANSWERS = 100;
export const MAX_PLAN_ITEMS = 60;
export const MAX_RESPONDENTS = 40;
export const PLAN_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** A rated answer (0–4) or "don't know". */
export type AnswerValue = number | typeof DONT_KNOW;

export const answerValueSchema = z.union([z.int().check(z.gte(ANSWER_MIN), z.lte(ANSWER_MAX)), z.literal(DONT_KNOW)]);

export const answerSchema = z.strictObject({
  value: answerValueSchema,
  confidence: z.optional(z.enum(CONFIDENCE_LEVELS)),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
});

const statementId = z.string().check(z.regex(STATEMENT_ID_PATTERN));

const capped = <T extends z.ZodMiniType<object>>(schema: T, max: number) => schema.check(atMostEntries<object>(max));

/** Answers keyed by statement id. Ids unknown to the current questionnaire are kept, not scored. */
export const answersSchema = capped(z.record(statementId, answerSchema), MAX_ANSWERS);

export const planItemSchema = z.strictObject({
  id: z.string().check(z.regex(PLAN_ID_PATTERN)),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(ACTION_TEXT_MAX_LENGTH)),
  /** The dimension the action serves, when it came from a recommendation or was tagged. */
  dimension: z.optional(z.string().check(z.regex(DIMENSION_ID_PATTERN))),
  /** The recommended next step it came from (its link to the chapter section). */
  step: z.optional(z.string().check(z.regex(STEP_ID_PATTERN))),
  owner: z.optional(z.string().check(z.maxLength(OWNER_MAX_LENGTH))),
  due: z.optional(calendarDate),
  status: z.enum(PLAN_STATUSES),
});

export const respondentSchema = z.strictObject({
  /** Id of the respondent's own result: importing an updated file replaces, never duplicates. */
  id: z.string().check(z.regex(RESULT_ID_PATTERN)),
  name: z.optional(z.string().check(z.maxLength(TITLE_MAX_LENGTH))),
  answers: z._default(answersSchema, {}),
});

export const decisionSchema = z.strictObject({
  value: answerValueSchema,
  reason: z._default(z.string().check(z.maxLength(REASON_MAX_LENGTH)), ''),
});

export const teamSchema = z.strictObject({
  respondents: z.array(respondentSchema).check(z.minLength(1), z.maxLength(MAX_RESPONDENTS), uniqueIds<unknown[]>()),
  /** Values the team agreed on after discussion, keyed by statement id. */
  decisions: z._default(capped(z.record(statementId, decisionSchema), MAX_ANSWERS), {}),
});

/** How an older answer reached an edition-2 statement. */
export const CHANGES = ['split', 'reworded', 'moved'] as const;
export type Change = (typeof CHANGES)[number];

/** What the migration from an older edition changed, kept with the data so the page can say it. */
export const revisionSchema = z.strictObject({
  /** The data version migrated from. */
  from: z.int().check(z.gte(1)),
  /** Statements whose answer was copied from an older statement, and how: to be checked. */
  carried: capped(z.record(statementId, z.strictObject({ from: statementId, change: z.enum(CHANGES) })), MAX_ANSWERS),
  /** Statements to answer again: the older answer could not be read on their scale. */
  reanswer: z.array(statementId).check(z.maxLength(MAX_ANSWERS)),
  /** Older statements no longer asked; their answers stay in the data, unscored. */
  retired: z.array(statementId).check(z.maxLength(MAX_ANSWERS)),
});

export const auditDataSchema = z.strictObject({
  answers: z._default(answersSchema, {}),
  plan: z._default(z.array(planItemSchema).check(z.maxLength(MAX_PLAN_ITEMS), uniqueIds<unknown[]>()), []),
  team: z.optional(teamSchema),
  revision: z.optional(revisionSchema),
});

export type Answer = z.infer<typeof answerSchema>;
export type Answers = z.infer<typeof answersSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type Respondent = z.infer<typeof respondentSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Team = z.infer<typeof teamSchema>;
export type AuditData = z.infer<typeof auditDataSchema>;
export type AuditRevision = z.infer<typeof revisionSchema>;

export function emptyAuditData(): AuditData {
  return { answers: {}, plan: [] };
}

export function isTeamData(data: AuditData): data is AuditData & { team: Team } {
  return data.team !== undefined;
}
