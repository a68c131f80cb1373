import fc from 'fast-check';
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  createRegistry,
  encodeShareFragment,
  exportJson,
  importResult,
  importShareFragment,
  type AnyToolDefinition,
} from '../../../src/lib/results/index';
import { demoTool } from './demo-tool';
import { envelopeArb, kinds } from './arbitraries';
import { auditTool, planTool, segmentTool } from './fixtures';

/** Property tests run many cases; leave room on a slow, shared machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

const registry = createRegistry(demoTool, auditTool, segmentTool, planTool);

/** JSON cannot tell -0 from 0; fast-check's jsonValue can produce -0. */
const normalise = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe.each(kinds)('round trip: %s', (_name, tool, data) => {
  const arb = envelopeArb(tool as AnyToolDefinition, data as fc.Arbitrary<unknown>).map(normalise);

  it('generated envelopes are valid for the tool', () => {
    fc.assert(
      fc.property(arb, (envelope) => {
        expect(z.safeParse(tool.dataSchema, envelope.data).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('JSON export → import gives back a deep-equal envelope', () => {
    fc.assert(
      fc.property(arb, (envelope) => {
        const outcome = importResult(exportJson(envelope), { registry, expectedTool: tool.id, lang: 'fr' });
        expect(outcome).toEqual({ ok: true, envelope, migratedFrom: null });
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('share encode → decode gives back a deep-equal envelope', async () => {
    await fc.assert(
      fc.asyncProperty(arb, async (envelope) => {
        const encoded = await encodeShareFragment(envelope, tool as AnyToolDefinition);
        if (!encoded.ok) throw new Error('encode failed');
        const outcome = await importShareFragment(encoded.value, { registry, lang: 'en' });
        expect(outcome).toEqual({ ok: true, envelope, migratedFrom: null });
      }),
      { numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
