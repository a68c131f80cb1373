import { describe, expect, it } from 'vitest';
import {
  createRegistry,
  definitionProblems,
  defineTool,
  exportCsv,
  importResult,
  migrateData,
} from '../../../src/lib/results/index';
import { demoTool, migrateDemoV1toV2 } from './fake-tool';
import { z } from 'zod';
import { refusalText } from './refusal';

const registry = createRegistry(demoTool);

/** A results file exactly as the first edition of the demo tool wrote it. */
const v1File = (data: unknown): string =>
  JSON.stringify({
    format: 'kmm-result',
    formatVersion: 1,
    tool: 'demo',
    schemaVersion: 1,
    id: 'old-1',
    locale: 'fr',
    title: 'Première édition',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T08:00:00.000Z',
    data,
  });

describe('demo tool definition', () => {
  it('is consistent: version 2, a migration for version 1, valid empty data', () => {
    expect(demoTool.schemaVersion).toBe(2);
    expect(definitionProblems(demoTool)).toEqual([]);
  });
  it('flags a definition with a missing migration', () => {
    const broken = defineTool({ ...demoTool, schemaVersion: 3 });
    expect(definitionProblems(broken)).toEqual(['missing migration 2 → 3']);
  });
});

describe('demo v1 → v2', () => {
  it('moves every value to its new place', () => {
    expect(migrateDemoV1toV2({ scores: { q1: 4, q2: 0, q3: 2 }, amount: '1 200,50', text: 'Bien' })).toEqual({
      answers: { clarity: 4, reach: 0, trust: 2 },
      budget: 1200.5,
      comment: 'Bien',
    });
    expect(migrateDemoV1toV2({ scores: {}, amount: '', text: '' })).toEqual({ answers: {}, budget: null, comment: '' });
  });
  it('keeps what it cannot place in legacy, under the old path', () => {
    expect(
      migrateDemoV1toV2({ scores: { q1: 3, q4: 2, q2: 7 }, amount: 'beaucoup', text: 'x', colour: 'bleu' }),
    ).toEqual({
      answers: { clarity: 3 },
      budget: null,
      comment: 'x',
      legacy: { 'scores.q4': 2, 'scores.q2': 7, amount: 'beaucoup', colour: 'bleu' },
    });
  });
  it('migrates a whole v1 file on import and says so', () => {
    const outcome = importResult(
      v1File({ scores: { q1: 1, q3: 4, q9: 3 }, amount: '250', text: 'Ancien commentaire', extra: { a: [1, 2] } }),
      { registry, lang: 'fr' },
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.migratedFrom).toBe(1);
    expect(outcome.envelope.schemaVersion).toBe(2);
    expect(outcome.envelope.id).toBe('old-1');
    expect(outcome.envelope.data).toEqual({
      answers: { clarity: 1, trust: 4 },
      budget: 250,
      comment: 'Ancien commentaire',
      legacy: { 'scores.q9': 3, extra: { a: [1, 2] } },
    });
    // The kept values also reach the CSV export.
    const csv = exportCsv(outcome.envelope, demoTool, ',', 'en');
    expect(csv).toContain('legacy.scores.q9,"Values kept from an earlier edition, with no current equivalent",3\r\n');
    expect(csv).toContain('legacy.extra,"Values kept from an earlier edition, with no current equivalent","{""a"":[1,2]}"\r\n');
  });
  it('refuses v1 data that is not an object, with a clear message', () => {
    const outcome = importResult(v1File('hello'), { registry, lang: 'en' });
    expect(!outcome.ok && refusalText(outcome, 'en')).toBe('Converting the file from version 1 to version 2 failed.');
  });
});

describe('migrateData', () => {
  const v3 = defineTool({
    id: demoTool.id,
    schemaVersion: 3,
    dataSchema: z.object({ n: z.number(), steps: z.array(z.string()) }),
    migrations: {
      1: (data: unknown) => ({ n: Number((data as { n: string }).n), steps: ['1→2'] }),
      2: (data: unknown) => {
        const d = data as { n: number; steps: string[] };
        d.steps.push('2→3'); // mutates its input on purpose
        return d;
      },
    },
    emptyData: () => ({ n: 0, steps: [] }),
    csvRows: () => ({ header: [], rows: [] }),
  });
  it('chains the steps from any earlier version', () => {
    expect(migrateData(v3, 1, { n: '4' })).toEqual({ ok: true, value: { n: 4, steps: ['1→2', '2→3'] } });
    expect(migrateData(v3, 2, { n: 4, steps: [] })).toEqual({ ok: true, value: { n: 4, steps: ['2→3'] } });
    expect(migrateData(v3, 3, { n: 4, steps: [] })).toEqual({ ok: true, value: { n: 4, steps: [] } });
  });
  it('never alters the caller’s value, even with a mutating migration', () => {
    const input = { n: 4, steps: ['kept'] };
    migrateData(v3, 2, input);
    expect(input).toEqual({ n: 4, steps: ['kept'] });
  });
  it('reports a missing or throwing step', () => {
    const gap = defineTool({ ...v3, migrations: { 2: v3.migrations[2] ?? ((d: unknown) => d) } });
    expect(migrateData(gap, 1, {})).toEqual({ ok: false, error: { code: 'missing-migration', params: { from: 1, to: 2 } } });
    const throwing = defineTool({
      ...v3,
      migrations: {
        ...v3.migrations,
        1: () => {
          throw new Error('boom');
        },
      },
    });
    expect(migrateData(throwing, 1, {})).toEqual({ ok: false, error: { code: 'migration-failed', params: { from: 1, to: 2 } } });
  });
});
