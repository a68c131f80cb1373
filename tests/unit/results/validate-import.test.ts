import { describe, expect, it } from 'vitest';
import {
  createRegistry,
  exportJson,
  importMany,
  importResult,
  needsConfirmation,
  validateEnvelope,
} from '../../../src/lib/results/index';
import { demoTool, type DemoData } from './fake-tool';
import { auditTool, envelopeOf, plain, segmentTool } from './fixtures';
import { refusalText } from './refusal';

const registry = createRegistry(demoTool, auditTool, segmentTool);
const demo = envelopeOf<DemoData>(demoTool, { answers: { clarity: 2 }, budget: 10, comment: 'ok' }, { title: 'Démo' });
const asText = (value: unknown): string => JSON.stringify(value, null, 2);
const withData = (data: unknown) => ({ ...demo, data });

describe('importResult: accepted files', () => {
  it('returns the validated envelope of a JSON export', () => {
    const outcome = importResult(exportJson(demo), { registry, lang: 'fr' });
    expect(outcome).toEqual({ ok: true, envelope: demo, migratedFrom: null });
  });
  it('types the data when the expected tool is given as a definition (no registry needed)', () => {
    const outcome = importResult(exportJson(demo), { expectedTool: demoTool, lang: 'en' });
    expect(outcome.ok && outcome.envelope.data.answers.clarity).toBe(2);
  });
  it('keeps HTML in a title as plain text', () => {
    const hostile = { ...demo, title: '<img src=x onerror=alert(1)>', respondent: '<script>x</script>' };
    const outcome = importResult(exportJson(hostile), { registry, lang: 'fr' });
    expect(outcome.ok && outcome.envelope.title).toBe('<img src=x onerror=alert(1)>');
    expect(outcome.ok && outcome.envelope.respondent).toBe('<script>x</script>');
  });
  it('accepts a file saved with a BOM', () => {
    expect(importResult(`\uFEFF${exportJson(demo)}`, { registry, lang: 'fr' }).ok).toBe(true);
  });
});

describe('importResult: refused files, with specific localized messages', () => {
  it('refuses a file over 1 MB using the given byte length, before parsing', () => {
    const outcome = importResult('{}', { registry, lang: 'en', byteLength: 2 * 1024 * 1024 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.errors[0]).toEqual({ code: 'file-too-large', params: { size: 2097152, limit: 1048576 } });
      expect(refusalText(outcome, 'en')).toBe('The file is larger than 1 MB (2 MB), so it was refused.');
    }
  });
  it('measures the UTF-8 size itself when no byte length is given', () => {
    const text = `"${'é'.repeat(600_000)}"`; // 1,200,002 bytes, 600,002 characters
    const outcome = importResult(text, { registry, lang: 'en' });
    expect(!outcome.ok && outcome.errors[0].code).toBe('file-too-large');
  });
  it('reports invalid JSON with its line', () => {
    const outcome = importResult('{\n  "format": "kmm-result",\n  "tool": demo\n}', { registry, lang: 'en' });
    expect(!outcome.ok && refusalText(outcome, 'en')).toBe('This is not a results file (invalid JSON at line 3, column 11).');
  });
  it('refuses JSON that is not a result', () => {
    for (const text of ['[]', '42', 'null', '{"a":1}', '{"format":"other"}']) {
      const outcome = importResult(text, { registry, lang: 'en' });
      expect(!outcome.ok && refusalText(outcome, 'en')).toBe('This is not a results file from this site.');
    }
  });
  it('refuses a file from another tool', () => {
    const audit = envelopeOf(auditTool, { answers: {} });
    const outcome = importResult(exportJson(audit), { registry, expectedTool: 'segment-positioning', lang: 'fr' });
    expect(!outcome.ok && plain(refusalText(outcome, 'fr'))).toBe(
      "Ce fichier provient de l'outil « audit de maturité », et non de l'outil « matrice de positionnement des segments ».",
    );
  });
  it('refuses an unknown tool and a tool missing from the registry', () => {
    const unknown = importResult(asText({ ...demo, tool: 'quiz' }), { registry, lang: 'en' });
    expect(!unknown.ok && refusalText(unknown, 'en')).toBe('This file comes from a tool this site does not know (quiz).');
    const planner = importResult(asText({ ...demo, tool: 'participation-planner' }), { registry, lang: 'en' });
    expect(!planner.ok && planner.errors[0].code).toBe('unknown-tool');
  });
  it('refuses a newer edition and says which versions', () => {
    const outcome = importResult(asText({ ...demo, schemaVersion: 5 }), { registry, lang: 'en' });
    expect(!outcome.ok && refusalText(outcome, 'en')).toBe(
      'This file was made by a newer edition of the site (version 5; this site reads up to version 2): update the site by reloading the page.',
    );
    const format = importResult(asText({ ...demo, formatVersion: 3 }), { registry, lang: 'en' });
    expect(!format.ok && format.errors[0]).toEqual({
      code: 'unsupported-format-version',
      params: { found: 3, supported: 1 },
    });
  });
  it('refuses a broken version number', () => {
    for (const version of [0, 1.5, '2', null]) {
      const outcome = importResult(asText({ ...demo, schemaVersion: version }), { registry, lang: 'en' });
      expect(!outcome.ok && outcome.errors[0].code).toBe('invalid-version');
    }
  });
  it('names the question and the range of an out-of-range answer', () => {
    const outcome = importResult(asText(withData({ ...demo.data, answers: { reach: 9 } })), { registry, lang: 'fr' });
    expect(!outcome.ok && plain(refusalText(outcome, 'fr'))).toBe('Réponse à la question reach : 9 est en dehors de 0–4.');
    const en = importResult(asText(withData({ ...demo.data, answers: { trust: 2.5 } })), { registry, lang: 'en' });
    expect(!en.ok && refusalText(en, 'en')).toBe('Answer to question trust: 2.5 is outside 0–4.');
  });
  it('gives generic but precise messages for other fields', () => {
    const cases: [unknown, string][] = [
      [{ ...demo, title: 7 }, 'Field “title”: a text is expected.'],
      [{ ...demo, title: 'x'.repeat(201) }, 'Field “title”: the text must not be longer than 200 characters.'],
      [{ ...demo, locale: 'de' }, 'Field “language”: “de” is not one of the possible values (fr, en).'],
      [{ ...demo, createdAt: 'yesterday' }, 'Field “creation date”: the date is not valid.'],
      [{ ...demo, id: undefined }, 'Field “identifier”: the value is missing.'],
      [{ ...demo, extra: 1 }, 'Field “file”: unknown fields (extra).'],
      [withData({ ...demo.data, budget: 'lots' }), 'Field “budget”: a number is expected.'],
      [withData({ ...demo.data, budget: -5 }), 'Field “budget”: -5 is below the minimum (0).'],
      [withData({ ...demo.data, answers: { clarity: 1, speed: 3 } }), 'Field “answers”: unknown fields (speed).'],
      [withData({ ...demo.data, answers: [] }), 'Field “answers”: a group of values is expected.'],
    ];
    for (const [raw, message] of cases) {
      const outcome = importResult(asText(raw), { registry, lang: 'en' });
      expect(!outcome.ok && refusalText(outcome, 'en')).toBe(message);
    }
  });
  it('lists every problem and sums them up', () => {
    const raw = { ...demo, title: 1, data: { ...demo.data, budget: 'x', comment: 2 } };
    const outcome = importResult(asText(raw), { registry, lang: 'en' });
    expect(!outcome.ok && outcome.errors.map((e) => e.code)).toEqual([
      'field-expected-text',
      'field-expected-number',
      'field-expected-text',
    ]);
    expect(!outcome.ok && refusalText(outcome, 'en')).toBe('Field “title”: a text is expected. … and 2 more problems.');
  });
  it('refuses a __proto__ key anywhere instead of silently losing it', () => {
    const text = exportJson(demo).replace('"comment": "ok"', '"comment": "ok", "legacy": { "x": [{ "__proto__": { "polluted": 1 } }] }');
    const outcome = importResult(text, { registry, lang: 'en' });
    expect(!outcome.ok && outcome.errors[0]).toEqual({
      code: 'invalid-field',
      params: {},
      path: ['data', 'legacy', 'x', 0, '__proto__'],
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const top = importResult(exportJson(demo).replace('{', '{"__proto__": {},'), { registry, lang: 'en' });
    expect(!top.ok && top.errors[0].path).toEqual(['__proto__']);
  });
  it('does not mutate the value it validates', () => {
    const raw = JSON.parse(asText({ ...demo, schemaVersion: 1, data: { scores: { q1: 1 }, amount: '3', text: 'a' } }));
    const copy = structuredClone(raw);
    expect(validateEnvelope(raw, { registry, lang: 'fr' }).ok).toBe(true);
    expect(raw).toEqual(copy);
  });
});

describe('importMany', () => {
  it('gives one outcome per file, in order', () => {
    const outcomes = importMany(
      [
        { name: 'a.json', text: exportJson(demo) },
        { name: 'b.json', text: 'nope' },
        { name: 'c.json', text: exportJson(demo), byteLength: 5_000_000 },
      ],
      { registry, expectedTool: demoTool.id, lang: 'en' },
    );
    expect(outcomes.map((o) => [o.name, o.outcome.ok])).toEqual([
      ['a.json', true],
      ['b.json', false],
      ['c.json', false],
    ]);
    const second = outcomes[1]?.outcome;
    expect(second && !second.ok && refusalText(second, 'en')).toBe(
      'This is not a results file (invalid JSON at line 1, column 1).',
    );
  });
});

describe('needsConfirmation', () => {
  it('asks only when unsaved work would be replaced by something different', () => {
    const other = { ...demo, id: 'other' };
    expect(needsConfirmation(null, other)).toBe(false);
    expect(needsConfirmation(demo, other)).toBe(true);
    expect(needsConfirmation(demo, structuredClone(demo))).toBe(false);
  });
});
