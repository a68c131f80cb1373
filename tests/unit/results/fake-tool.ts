/**
 * A fake tool for the tests (the site has only real tools): three answers keyed by id, a number and a
 * text, with a migration from a first edition. Its id is one the site does not know, so every test
 * that uses it also proves the results layer works for any tool it is handed.
 */
import { z } from 'zod/mini';
import { defineTool, resultError, type CsvCell, type Lang, type ResultToolId, type ToolDefinition } from '../../../src/lib/results/index';

/** Not a site tool: the cast is the test's way in. */
export const DEMO_TOOL_ID = 'demo' as ResultToolId;

/** Questions of the demo tool, keyed by stable ids. */
export const DEMO_QUESTION_IDS = ['clarity', 'reach', 'trust'] as const;
export type DemoQuestionId = (typeof DEMO_QUESTION_IDS)[number];
export const DEMO_ANSWER_MIN = 0;
export const DEMO_ANSWER_MAX = 4;

const answerSchema = z.int().check(z.gte(DEMO_ANSWER_MIN), z.lte(DEMO_ANSWER_MAX));

/** The fake tool's own words (a real tool's come from its dictionaries). */
const WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  fr: {
    'csv.item': 'élément',
    'csv.label': 'libellé',
    'csv.value': 'valeur',
    'csv.title': 'titre',
    'csv.respondent': 'répondant',
    'question.clarity': 'Nos clients comprennent ce que nous leur apprenons.',
    'question.reach': 'Nos contenus atteignent les clients impliqués.',
    'question.trust': 'Nos clients nous confient volontiers leurs savoir-faire.',
    'item.budget': 'Budget de formation des clients',
    'item.comment': 'Commentaire',
    'legacy.heading': "Valeurs reprises d'une ancienne édition, sans équivalent actuel",
  },
  en: {
    'csv.item': 'item',
    'csv.label': 'label',
    'csv.value': 'value',
    'csv.title': 'title',
    'csv.respondent': 'respondent',
    'question.clarity': 'Our customers understand what we teach them.',
    'question.reach': 'Our content reaches involved customers.',
    'question.trust': 'Our customers willingly share their know-how with us.',
    'item.budget': 'Customer training budget',
    'item.comment': 'Comment',
    'legacy.heading': 'Values kept from an earlier edition, with no current equivalent',
  },
};
const t = (lang: Lang, key: string): string => WORDS[lang][key] ?? key;

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

/** The fake tool: three answers keyed by id, a number and a text; schema version 2. */
export const demoTool: ToolDefinition<DemoData> = defineTool<DemoData>({
  id: DEMO_TOOL_ID,
  schemaVersion: 2,
  dataSchema: demoDataSchema,
  migrations: { 1: migrateDemoV1toV2 },
  emptyData: () => ({ answers: {}, budget: null, comment: '' }),
  csvRows(envelope, lang) {
    const { data } = envelope;
    const rows: CsvCell[][] = [
      ['title', t(lang, 'csv.title'), envelope.title],
      ['respondent', t(lang, 'csv.respondent'), envelope.respondent ?? null],
      ...DEMO_QUESTION_IDS.map((id): CsvCell[] => [id, t(lang, `question.${id}`), data.answers[id] ?? null]),
      ['budget', t(lang, 'item.budget'), data.budget],
      ['comment', t(lang, 'item.comment'), data.comment],
      ...Object.entries(data.legacy ?? {}).map(([key, value]): CsvCell[] => [
        `legacy.${key}`,
        t(lang, 'legacy.heading'),
        typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    ];
    return { header: [t(lang, 'csv.item'), t(lang, 'csv.label'), t(lang, 'csv.value')], rows };
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
