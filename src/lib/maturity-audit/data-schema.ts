/**
 * The data of a maturity-audit result (the `data` of its envelope), version 1. Everything is keyed
 * by stable ids (statement ids, plan item ids), never by positions. One schema serves both kinds
 * of result: an individual audit (`answers`) and a team result (`team`: the respondents' answers
 * and the facilitator's agreed values), so a team result saves, exports, imports and shares
 * through the results layer exactly like an individual one.
 */
import { z } from 'zod';
import { RESULT_ID_PATTERN, TITLE_MAX_LENGTH } from '../results/envelope';
import { STATEMENT_ID_PATTERN, STEP_ID_PATTERN, DIMENSION_ID_PATTERN } from './questionnaire-schema';

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

export const answerValueSchema = z.union([z.int().min(ANSWER_MIN).max(ANSWER_MAX), z.literal(DONT_KNOW)]);

export const answerSchema = z.strictObject({
  value: answerValueSchema,
  confidence: z.enum(CONFIDENCE_LEVELS).optional(),
  note: z.string().max(NOTE_MAX_LENGTH).optional(),
});

const statementId = z.string().regex(STATEMENT_ID_PATTERN);

const capped = <T extends z.ZodType>(schema: T, max: number) =>
  schema.refine((value) => Object.keys(value as object).length <= max, { message: `at most ${max} entries` });

/** Answers keyed by statement id. Ids unknown to the current questionnaire are kept, not scored. */
export const answersSchema = capped(z.record(statementId, answerSchema), MAX_ANSWERS);

export const planItemSchema = z.strictObject({
  id: z.string().regex(PLAN_ID_PATTERN),
  text: z.string().trim().min(1).max(ACTION_TEXT_MAX_LENGTH),
  /** The dimension the action serves, when it came from a recommendation or was tagged. */
  dimension: z.string().regex(DIMENSION_ID_PATTERN).optional(),
  /** The recommended next step it came from (its link to the chapter section). */
  step: z.string().regex(STEP_ID_PATTERN).optional(),
  owner: z.string().max(OWNER_MAX_LENGTH).optional(),
  due: z.iso.date().optional(),
  status: z.enum(PLAN_STATUSES),
});

export const respondentSchema = z.strictObject({
  /** Id of the respondent's own result: importing an updated file replaces, never duplicates. */
  id: z.string().regex(RESULT_ID_PATTERN),
  name: z.string().max(TITLE_MAX_LENGTH).optional(),
  answers: answersSchema.default({}),
});

export const decisionSchema = z.strictObject({
  value: answerValueSchema,
  reason: z.string().max(REASON_MAX_LENGTH).default(''),
});

export const teamSchema = z.strictObject({
  respondents: z.array(respondentSchema).min(1).max(MAX_RESPONDENTS),
  /** Values the team agreed on after discussion, keyed by statement id. */
  decisions: capped(z.record(statementId, decisionSchema), MAX_ANSWERS).default({}),
});

export const auditDataSchema = z.strictObject({
  answers: answersSchema.default({}),
  plan: z.array(planItemSchema).max(MAX_PLAN_ITEMS).default([]),
  team: teamSchema.optional(),
});

export type Answer = z.infer<typeof answerSchema>;
export type Answers = z.infer<typeof answersSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type Respondent = z.infer<typeof respondentSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Team = z.infer<typeof teamSchema>;
export type AuditData = z.infer<typeof auditDataSchema>;

export function emptyAuditData(): AuditData {
  return { answers: {}, plan: [] };
}

export function isTeamData(data: AuditData): data is AuditData & { team: Team } {
  return data.team !== undefined;
}
