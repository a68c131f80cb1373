import fc from 'fast-check';
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  createRegistry,
  encodeShareFragment,
  envelopeSchema,
  exportJson,
  importResult,
  importShareFragment,
  ResultStore,
  type AnyToolDefinition,
  type ImportOutcome,
} from '../../../src/lib/results/index';
import { demoTool } from './fake-tool';
import { envelopeArb, kinds, utf16Unit } from './arbitraries';
import { auditTool, fakeClock, fakeIds, MemoryStorage, planTool, segmentTool } from './fixtures';
import { refusalText } from './refusal';

/** Property tests run many cases; leave room on a slow, shared machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

const registry = createRegistry(demoTool, auditTool, segmentTool, planTool);
const FILE_RUNS = 800;
const SHARE_RUNS = 200;
const anyEnvelope = fc.oneof(
  ...kinds.map(([, tool, data]) =>
    envelopeArb(tool as AnyToolDefinition, data as fc.Arbitrary<unknown>).map((e) => JSON.parse(JSON.stringify(e)) as unknown),
  ),
);

type Path = (string | number)[];
function allPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index): [number, unknown] => [index, item])
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, item]) => allPaths(item, [...path, key]))];
}
function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>) : null;
}

/** A valid envelope with one field deleted or replaced by a random JSON value of any type. */
const mutatedEnvelope = fc
  .tuple(anyEnvelope, fc.nat(), fc.boolean(), fc.jsonValue())
  .map(([original, pick, remove, replacement]) => {
    // fast-check may map the same generated values again while shrinking: mutate copies only.
    const envelope = structuredClone(original);
    const paths = allPaths(envelope).filter((path) => path.length > 0);
    const path = paths[pick % paths.length] ?? ['title'];
    const parent = parentOf(envelope, path);
    const key = path[path.length - 1] ?? 'title';
    if (parent) {
      if (remove && !Array.isArray(parent)) delete parent[key];
      else parent[key] = structuredClone(replacement);
    }
    return JSON.stringify(envelope, null, 2);
  });

/** A valid export cut short or with one character changed. */
const damagedText = fc.tuple(anyEnvelope, fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([envelope, at, char]) => {
  const text = exportJson(envelope as never);
  const index = at % text.length;
  return at % 2 === 0 ? text.slice(0, index) : text.slice(0, index) + char + text.slice(index + 1);
});

const fileInputs = fc.oneof(
  { arbitrary: fc.string({ unit: utf16Unit, maxLength: 300 }), weight: 2 },
  { arbitrary: fc.json(), weight: 2 },
  { arbitrary: mutatedEnvelope, weight: 5 },
  { arbitrary: damagedText, weight: 3 },
);

/** `input`: what the reader supplied; a message may quote it, braces and all. */
function checkOutcome(outcome: ImportOutcome<unknown>, input: string): void {
  if (outcome.ok) {
    const definition = registry.get(outcome.envelope.tool);
    expect(definition).toBeDefined();
    if (definition) expect(z.safeParse(envelopeSchema(definition.id, definition.dataSchema), outcome.envelope).success).toBe(true);
    // A result accepted once is accepted again, unchanged.
    expect(importResult(exportJson(outcome.envelope), { registry, lang: 'fr' })).toEqual(outcome);
  } else {
    expect(outcome.errors.length).toBeGreaterThan(0);
    for (const lang of ['fr', 'en'] as const) {
      const message = refusalText(outcome, lang);
      expect(message.trim()).not.toBe('');
      // Every placeholder filled: a "{name}" in the message must be the reader's own text, quoted.
      expect((message.match(/\{[A-Za-z0-9_]+\}/g) ?? []).filter((braces) => !input.includes(braces))).toEqual([]);
    }
  }
}

describe('fuzz: 1,000 hostile inputs', () => {
  const storage = new MemoryStorage();
  const store = new ResultStore({ tool: demoTool, storage, now: fakeClock(), newId: fakeIds() });
  const mine = store.create({ lang: 'fr', title: 'Mon travail' });
  const mineId = mine.ok ? mine.stored.envelope.id : '';
  const before = storage.snapshot();
  let added = 0;

  it('800 file texts: each import succeeds with a valid result or fails with a message; none throws', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fileInputs, fc.constantFrom('fr' as const, 'en' as const), (text, lang) => {
        const outcome = importResult(text, { registry, lang });
        if (outcome.ok) accepted += 1;
        checkOutcome(outcome, text);
        // What the page does with an accepted demo result: save it as a new result beside the reader's own.
        if (outcome.ok && outcome.envelope.tool === demoTool.id) {
          const saved = store.add(outcome.envelope as never);
          expect(saved.ok).toBe(true);
          if (saved.ok) expect(saved.stored.envelope.id === mineId && outcome.envelope.id === mineId).toBe(false);
          added += 1;
        }
      }),
      { numRuns: FILE_RUNS },
    );
    // Some mutations (e.g. a title replaced by another string) stay valid: both paths are exercised.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(FILE_RUNS);
  }, PROPERTY_TIMEOUT_MS);

  it('200 share fragments (random, truncated, altered): same guarantees', async () => {
    const fragments = fc.oneof(
      fc.string({ maxLength: 200 }).map((s) => ({ fragment: `#r=1.${s}`, source: s })),
      fc.string({ maxLength: 100 }).map((s) => ({ fragment: s, source: s })),
      fc.tuple(anyEnvelope, fc.nat(), fc.boolean()).map(async ([envelope, at, truncate]) => {
        const encoded = await encodeShareFragment(envelope as never);
        if (!encoded.ok) throw new Error('encode failed');
        const text = encoded.value;
        const index = 5 + (at % (text.length - 5));
        const source = JSON.stringify(envelope);
        if (truncate) return { fragment: text.slice(0, index), source };
        const flipped = text.charAt(index) === 'A' ? 'B' : 'A';
        return { fragment: text.slice(0, index) + flipped + text.slice(index + 1), source };
      }),
    );
    await fc.assert(
      fc.asyncProperty(fragments, async (made) => {
        const { fragment, source } = await made;
        const outcome = await importShareFragment(fragment, { registry, lang: 'en' });
        checkOutcome(outcome, source);
      }),
      { numRuns: SHARE_RUNS },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('the reader’s own saved result survives every import, and only accepted files were added', () => {
    const key = Object.keys(before)[0] ?? '';
    expect(key).toContain(mineId);
    expect(storage.snapshot()[key]).toBe(before[key]);
    expect(store.list()).toHaveLength(1 + added);
    expect(store.list().filter((summary) => summary.id === mineId).map((summary) => summary.title)).toEqual(['Mon travail']);
  });
});
