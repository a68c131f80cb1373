/** A small questionnaire for hand-computed cases, and the real data files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEnvelope, type ResultEnvelope } from '../../../src/lib/results/index';
import {
  AUDIT_SCHEMA_VERSION,
  AUDIT_TOOL_ID,
  type AuditData,
  type Questionnaire,
} from '../../../src/lib/maturity-audit/index';
import { parseQuestionnaire } from '../../../src/lib/maturity-audit/questionnaire-schema';

export const DATA_DIR = join(__dirname, '../../../src/content/tools/maturity-audit');

export function realQuestionnaire(lang: 'fr' | 'en'): Questionnaire {
  const file = join(DATA_DIR, `questions.${lang}.json`);
  return parseQuestionnaire(JSON.parse(readFileSync(file, 'utf8')), file);
}

const step = (id: string) => ({ id, text: `Step ${id} of the test questionnaire`, ref: { chapter: 'knowledge-marketing', section: 'two-areas-of-control' } });
const steps = (dimension: string) => ({
  unaware: [step(`${dimension}-n1`)],
  experimenting: [step(`${dimension}-n2`)],
  structured: [step(`${dimension}-n3`)],
  integrated: [step(`${dimension}-n4`), step(`${dimension}-n5`)],
});
const dimension = (id: string, count: number) => ({
  id,
  name: `Dimension ${id.toUpperCase()}`,
  short: id.toUpperCase(),
  description: `The ${id} dimension of the test questionnaire.`,
  chapters: [{ chapter: 'knowledge-marketing', section: 'two-areas-of-control' }],
  statements: Array.from({ length: count }, (_, index) => ({ id: `${id}-${index + 1}`, text: `Statement ${index + 1} of ${id}` })),
  nextSteps: steps(id),
});

/** Three dimensions: aa (4 statements), bb (5), cc (6). */
export const TEST_Q: Questionnaire = parseQuestionnaire(
  {
    lang: 'en',
    scale: { '0': 'Never', '1': 'Rarely', '2': 'Sometimes', '3': 'Usually', '4': 'Always', dk: 'Don’t know' },
    factScale: { '0': 'No', '2': 'Partly', '4': 'Yes' },
    stages: {
      unaware: { name: 'Unaware', description: 'Nothing happens yet.' },
      experimenting: { name: 'Experimenting', description: 'Some people try.' },
      structured: { name: 'Structured', description: 'There are owners.' },
      integrated: { name: 'Integrated', description: 'It runs across teams.' },
      'co-creative': { name: 'Co-creative', description: 'Customers shape it.' },
    },
    dimensions: [dimension('aa', 4), dimension('bb', 5), dimension('cc', 6)],
  },
  'TEST_Q',
);

export function auditEnvelope(data: Partial<AuditData>, extra: { id?: string; respondent?: string; title?: string; now?: string } = {}): ResultEnvelope<AuditData> {
  return makeEnvelope<AuditData>({
    tool: AUDIT_TOOL_ID,
    schemaVersion: AUDIT_SCHEMA_VERSION,
    data: { answers: {}, plan: [], ...data },
    lang: 'en',
    id: extra.id ?? 'audit-1',
    now: extra.now ?? '2026-11-25T10:00:00.000Z',
    title: extra.title ?? 'Audit',
    respondent: extra.respondent,
  });
}

/** Answers from a compact map: { 'aa-1': 3, 'aa-2': 'dk' }. */
export function answersOf(values: Record<string, number | 'dk'>): AuditData['answers'] {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));
}
