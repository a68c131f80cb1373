import { z } from 'zod/mini';
import { uniqueIds } from '../results/schema-checks';
import { SCORE_MAX, SCORE_MIN } from './axes';
import { ANSWER_MAX, ANSWER_MIN, QUESTION_IDS, RETIRED_QUESTION_IDS } from './questions';

export const SEGMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const NAME_MAX_LENGTH = 120;
export const DESCRIPTION_MAX_LENGTH = 1000;
export const MAX_SEGMENTS = 40;
export const SIZE_MAX = 1_000_000_000_000;

export const SIZE_UNITS = ['percent', 'count'] as const;
export type SizeUnit = (typeof SIZE_UNITS)[number];
export const POSITION_MODES = ['direct', 'questions'] as const;
export type PositionMode = (typeof POSITION_MODES)[number];

/** A score on either axis. Direct input moves by 0.5, but any value in range is kept (derived scores are not on the grid). */
export const scoreSchema = z.number().check(z.gte(SCORE_MIN), z.lte(SCORE_MAX));

export const positionSchema = z.strictObject({
  knowledge: scoreSchema,
  involvement: scoreSchema,
});

export const answerSchema = z.int().check(z.gte(ANSWER_MIN), z.lte(ANSWER_MAX));

export const segmentSchema = z.strictObject({
  /** Stable id, generated once; merges and links use it, never the segment's place in the list. */
  id: z.string().check(z.regex(SEGMENT_ID_PATTERN)),
  name: z.string().check(z.maxLength(NAME_MAX_LENGTH)),
  description: z.string().check(z.maxLength(DESCRIPTION_MAX_LENGTH)),
  /** Share of customers (percent) or number of customers, as the result's sizeUnit says; null when unknown. */
  size: z.nullable(z.number().check(z.gte(0), z.lte(SIZE_MAX))),
  /** Where the position comes from: typed in directly, or derived from the answers. */
  mode: z.enum(POSITION_MODES),
  /** The position typed in; kept while the answers are used, so switching back loses nothing. */
  direct: positionSchema,
  /** Answers to the questions, by question id (0–4); kept while the direct position is used. */
  answers: z.partialRecord(z.enum(QUESTION_IDS), answerSchema),
  /** Answers to questions a former version asked (version 1's willingness to take part), kept unscored. */
  retired: z.optional(z.partialRecord(z.enum(RETIRED_QUESTION_IDS), answerSchema)),
  /** Where the team wants the segment to be in 18 months; null when not set. */
  target: z.nullable(positionSchema),
});

export type Segment = z.infer<typeof segmentSchema>;

export const segmentPositioningDataSchema = z.strictObject({
  sizeUnit: z.enum(SIZE_UNITS),
  segments: z.array(segmentSchema).check(z.maxLength(MAX_SEGMENTS), uniqueIds<Segment[]>()),
});

export type SegmentPositioningData = z.infer<typeof segmentPositioningDataSchema>;

export function emptySegmentPositioningData(): SegmentPositioningData {
  return { sizeUnit: 'percent', segments: [] };
}
