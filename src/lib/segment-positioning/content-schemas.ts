import { z } from 'zod';
import { idSchema } from '../tool-content';
import { ANSWER_VALUES, AXES, QUESTION_AXES, QUESTION_IDS } from './questions';
import { NAME_MAX_LENGTH, DESCRIPTION_MAX_LENGTH, MAX_SEGMENTS, positionSchema, scoreSchema, SEGMENT_ID_PATTERN, SIZE_MAX, SIZE_UNITS } from './schema';
import { STRATEGY_IDS } from './strategy';

/** Schemas of the tool's data files (src/content/tools/segment-positioning/*.{fr,en}.json). */

const text = z.string().trim().min(1);

function sameList(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && actual.every((value, index) => value === expected[index]);
}

export const questionsFileSchema = z
  .strictObject({
    intro: text,
    /** The labelled answer scale, one label per value 0–4, in order. */
    scale: z.array(z.strictObject({ value: z.number().int(), label: text })),
    axes: z.strictObject({ involvement: text, knowledge: text }),
    questions: z.array(z.strictObject({ id: z.enum(QUESTION_IDS), axis: z.enum(AXES), text })),
  })
  .superRefine((file, context) => {
    if (!sameList(file.scale.map((step) => String(step.value)), ANSWER_VALUES.map(String))) {
      context.addIssue({ code: 'custom', path: ['scale'], message: `the scale must list the values ${ANSWER_VALUES.join(', ')} in order` });
    }
    if (!sameList(file.questions.map((question) => question.id), QUESTION_IDS)) {
      context.addIssue({ code: 'custom', path: ['questions'], message: `the questions must be ${QUESTION_IDS.join(', ')}, in this order` });
    }
    file.questions.forEach((question, index) => {
      if (QUESTION_AXES[question.id] !== question.axis) {
        context.addIssue({ code: 'custom', path: ['questions', index, 'axis'], message: `question ${question.id} belongs to ${QUESTION_AXES[question.id]}` });
      }
    });
  });
export type QuestionsFile = z.infer<typeof questionsFileSchema>;

export const strategyTextSchema = z.strictObject({
  id: z.enum(STRATEGY_IDS),
  title: text,
  summary: text,
  actions: z.array(text).min(2).max(5),
  watch: text,
  aim: text,
});
export type StrategyText = z.infer<typeof strategyTextSchema>;

export const strategiesFileSchema = z
  .strictObject({ strategies: z.array(strategyTextSchema) })
  .superRefine((file, context) => {
    const ids = file.strategies.map((strategy) => strategy.id);
    if (!sameList([...ids].sort(), [...STRATEGY_IDS].sort())) {
      context.addIssue({ code: 'custom', path: ['strategies'], message: `every strategy must appear once: ${STRATEGY_IDS.join(', ')}` });
    }
  });
export type StrategiesFile = z.infer<typeof strategiesFileSchema>;

export const presetSegmentSchema = z.strictObject({
  id: z.string().regex(SEGMENT_ID_PATTERN),
  name: text.max(NAME_MAX_LENGTH),
  description: z.string().max(DESCRIPTION_MAX_LENGTH),
  size: z.number().min(0).max(SIZE_MAX).nullable(),
  knowledge: scoreSchema,
  involvement: scoreSchema,
  target: z.nullable(positionSchema),
});

export const presetSchema = z
  .strictObject({
    id: idSchema,
    title: text,
    /** Says that the set is an illustration, not data. */
    description: text,
    sizeUnit: z.enum(SIZE_UNITS),
    segments: z.array(presetSegmentSchema).min(1).max(MAX_SEGMENTS),
  })
  .superRefine((preset, context) => {
    const ids = preset.segments.map((segment) => segment.id);
    if (new Set(ids).size !== ids.length) context.addIssue({ code: 'custom', path: ['segments'], message: 'segment ids must be unique' });
  });
export type Preset = z.infer<typeof presetSchema>;

export const presetsFileSchema = z
  .strictObject({ presets: z.array(presetSchema).min(1) })
  .superRefine((file, context) => {
    const ids = file.presets.map((preset) => preset.id);
    if (new Set(ids).size !== ids.length) context.addIssue({ code: 'custom', path: ['presets'], message: 'preset ids must be unique' });
  });
export type PresetsFile = z.infer<typeof presetsFileSchema>;

/** Everything the island needs from the data files, in one language. */
export interface ToolContent {
  readonly questions: QuestionsFile;
  readonly strategies: StrategiesFile;
  readonly presets: PresetsFile;
}
