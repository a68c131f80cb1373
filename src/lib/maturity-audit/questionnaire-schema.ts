/**
 * Schema of the questionnaire data files (src/content/tools/maturity-audit/questions.<lang>.json).
 * The method's owners edit those files; this schema makes a typo fail the build, naming the path.
 */
import { z } from 'zod';
import { LANGS } from '../i18n-core';

import { parseContentFile, sectionRefSchema } from '../tool-content';
import { DIMENSION_ID_PATTERN, STATEMENT_ID_PATTERN, STEP_ID_PATTERN } from './ids';
import { STATEMENT_SCALES } from './scales';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/**
 * The two answer scales: "practice" (how often something is done, 0–4) and "fact" (no / partly /
 * yes, stored as 0, 2 and 4 so that scores keep one arithmetic). A statement says one thing and
 * names its scale; "practice" when it says nothing.
 */

const statementSchema = z.strictObject({
  id: z.string().regex(STATEMENT_ID_PATTERN),
  text: text(10, 300),
  scale: z.enum(STATEMENT_SCALES).optional(),
});

const stepSchema = z.strictObject({
  id: z.string().regex(STEP_ID_PATTERN),
  text: text(10, 400),
  ref: sectionRefSchema,
});

const steps = z.array(stepSchema).min(1).max(3);

const dimensionSchema = z
  .strictObject({
    id: z.string().regex(DIMENSION_ID_PATTERN),
    name: text(3, 80),
    /** Label on the radar chart: short enough to fit around it on a phone. */
    short: text(2, 28),
    description: text(20, 400),
    chapters: z.array(sectionRefSchema).min(1).max(6),
    statements: z.array(statementSchema).min(4).max(8),
    /** What to do next, for each stage that has a next stage. */
    nextSteps: z.strictObject({
      unaware: steps,
      experimenting: steps,
      structured: steps,
      integrated: steps,
    }),
  })
  .superRefine((dimension, ctx) => {
    dimension.statements.forEach((statement, index) => {
      if (!statement.id.startsWith(`${dimension.id}-`)) {
        ctx.addIssue({ code: 'custom', path: ['statements', index, 'id'], message: `must start with "${dimension.id}-"` });
      }
    });
    for (const [stage, list] of Object.entries(dimension.nextSteps)) {
      list.forEach((step, index) => {
        if (!step.id.startsWith(`${dimension.id}-n`)) {
          ctx.addIssue({ code: 'custom', path: ['nextSteps', stage, index, 'id'], message: `must start with "${dimension.id}-n"` });
        }
      });
    }
  });

const stageTextSchema = z.strictObject({ name: text(3, 40), description: text(10, 300) });

export const questionnaireSchema = z
  .strictObject({
    lang: z.enum(LANGS),
    /** Labels of the practice scale (how often: five anchors) and "don't know". */
    scale: z.strictObject({ '0': text(2, 60), '1': text(2, 60), '2': text(2, 60), '3': text(2, 60), '4': text(2, 60), dk: text(2, 40) }),
    /** Labels of the fact scale: no, partly, yes (values 0, 2, 4); "don't know" is the practice scale's. */
    factScale: z.strictObject({ '0': text(2, 40), '2': text(2, 40), '4': text(2, 40) }),
    stages: z.strictObject({
      unaware: stageTextSchema,
      experimenting: stageTextSchema,
      structured: stageTextSchema,
      integrated: stageTextSchema,
      'co-creative': stageTextSchema,
    }),
    dimensions: z.array(dimensionSchema).min(1).max(12),
  })
  .superRefine((questionnaire, ctx) => {
    const seen = new Set<string>();
    const unique = (id: string, path: (string | number)[]): void => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` });
      seen.add(id);
    };
    questionnaire.dimensions.forEach((dimension, d) => {
      unique(dimension.id, ['dimensions', d, 'id']);
      dimension.statements.forEach((statement, s) => unique(statement.id, ['dimensions', d, 'statements', s, 'id']));
      for (const [stage, list] of Object.entries(dimension.nextSteps)) {
        list.forEach((step, s) => unique(step.id, ['dimensions', d, 'nextSteps', stage, s, 'id']));
      }
    });
  });

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type Dimension = Questionnaire['dimensions'][number];
export type Statement = Dimension['statements'][number];
export type NextStep = Dimension['nextSteps']['unaware'][number];
export type ScaleKey = keyof Questionnaire['scale'];

/** Parses a questionnaire file; on failure the error names the file and every faulty path. */
export function parseQuestionnaire(json: unknown, file: string): Questionnaire {
  return parseContentFile(questionnaireSchema, json, file);
}
