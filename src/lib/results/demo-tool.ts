import { z } from 'zod/mini';
import { resultError } from './errors';
import type { Translator } from '../translator';
import { defineTool, type CsvCell, type ToolDefinition } from './tool-definition';
import type { Lang } from './types';

/** Questions of the demo tool, keyed by stable ids. */
export const DEMO_QUESTION_IDS = ['clarity', 'reach', 'trust'] as const;
export type DemoQuestionId = (typeof DEMO_QUESTION_IDS)[number];
export const DEMO_ANSWER_MIN = 0;
export const DEMO_ANSWER_MAX = 4;

const answerSchema = z.int().check(z.gte(DEMO_ANSWER_MIN), z.lte(DEMO_ANSWER_MAX));

/** Version 2 (current) of the demo data. */
export const demoDataSchema = z.strictObject({
  answers: z.partialRecord(z.enum(DEMO_QUESTION_IDS), answerSchema),
  budget: z.nullable(z.number().check(z.gte(0), z.lte(1_000_000_000))),
  comment: z.string().check(z.maxLength(2000)),
  /** Values from an earlier edition that have no place in this one, keyed by their old path. */
  legacy: z.optional(z.record(z.string(), z.json())),
});
export type DemoData = z.infer<typeof demoDataSchema>;

/** How version 1 answered: `scores.q1…q3` became answers clarity, reach and trust. */
const V1_QUESTION_MAP: Readonly<Record<string, DemoQuestionId>> = { q1: 'clarity', q2: 'reach', q3: 'trust' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "1 200,50" or "1200.5" → 1200.5; null if it is not a plain non-negative amount. */
function parseAmount(text: string): number | null {
  const normalised = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) && value <= 1_000_000_000 ? value : null;
}

/**
 * Version 1 → 2. v1 was `{ scores: { q1: 3, … }, amount: "1200", text: "…" }`. Scores move
 * to answers by id, the amount becomes a number, the text becomes the comment. Anything that
 * cannot be placed (an unknown question, an out-of-range score, an unreadable amount, an
 * unknown field) is kept in `legacy` under its v1 path: nothing is dropped.
 */
export function migrateDemoV1toV2(data: unknown): unknown {
  if (!isRecord(data)) throw new Error('demo v1 data must be an object');
  const answers: Partial<Record<DemoQuestionId, number>> = {};
  const legacy: Record<string, unknown> = {};
  let budget: number | null = null;
  let comment = '';
  for (const [key, value] of Object.entries(data)) {
    if (key === 'scores' && isRecord(value)) {
      for (const [question, score] of Object.entries(value)) {
        const target = V1_QUESTION_MAP[question];
        if (target && answerSchema.safeParse(score).success) answers[target] = score as number;
        else legacy[`scores.${question}`] = score;
      }
    } else if (key === 'amount' && typeof value === 'string' && (value.trim() === '' || parseAmount(value) !== null)) {
      budget = value.trim() === '' ? null : parseAmount(value);
    } else if (key === 'text' && typeof value === 'string') {
      comment = value;
    } else {
      legacy[key] = value;
    }
  }
  return { answers, budget, comment, ...(Object.keys(legacy).length > 0 ? { legacy } : {}) };
}

/** The words of the demo's CSV export. */
export type DemoTextKey =
  | `demo.csv.${'title' | 'respondent' | 'item' | 'label' | 'value'}`
  | `demo.question.${DemoQuestionId}`
  | `demo.item.${'budget' | 'comment'}`
  | 'demo.legacy.heading';

const tools = new WeakMap<(lang: Lang) => Translator<DemoTextKey>, ToolDefinition<DemoData>>();

/**
 * The demo tool: three answers keyed by id, a number and a text; schema version 2. `text` gives
 * the words of a language (the results dictionaries' accessor); one definition per `text`.
 */
export function createDemoTool(text: (lang: Lang) => Translator<DemoTextKey>): ToolDefinition<DemoData> {
  const cached = tools.get(text);
  if (cached) return cached;
  const tool = defineDemoTool(text);
  tools.set(text, tool);
  return tool;
}

const defineDemoTool = (text: (lang: Lang) => Translator<DemoTextKey>): ToolDefinition<DemoData> => defineTool<DemoData>({
  id: 'demo',
  schemaVersion: 2,
  dataSchema: demoDataSchema,
  migrations: { 1: migrateDemoV1toV2 },
  emptyData: () => ({ answers: {}, budget: null, comment: '' }),
  csvRows(envelope, lang) {
    const t = text(lang);
    const { data } = envelope;
    const rows: CsvCell[][] = [
      ['title', t('demo.csv.title'), envelope.title],
      ['respondent', t('demo.csv.respondent'), envelope.respondent ?? null],
      ...DEMO_QUESTION_IDS.map((id): CsvCell[] => [id, t(`demo.question.${id}`), data.answers[id] ?? null]),
      ['budget', t('demo.item.budget'), data.budget],
      ['comment', t('demo.item.comment'), data.comment],
      ...Object.entries(data.legacy ?? {}).map(([key, value]): CsvCell[] => [
        `legacy.${key}`,
        t('demo.legacy.heading'),
        typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    ];
    return { header: [t('demo.csv.item'), t('demo.csv.label'), t('demo.csv.value')], rows };
  },
  describeIssue(path, issue) {
    const [field, question] = path;
    if (field !== 'answers' || typeof question !== 'string' || typeof issue.input !== 'number') return undefined;
    if (issue.code !== 'too_big' && issue.code !== 'too_small' && issue.code !== 'invalid_type') return undefined;
    return resultError(
      'answer-out-of-range',
      { question, value: issue.input, min: DEMO_ANSWER_MIN, max: DEMO_ANSWER_MAX },
      ['data', ...path],
    );
  },
});
