/** fast-check generators of valid envelopes for each kind of tool data. */
import fc from 'fast-check';
import type { AnyToolDefinition, ResultEnvelope } from '../../../src/lib/results/index';
import { DEMO_QUESTION_IDS, type DemoData } from '../../../src/lib/results/demo-tool';
import { demoTool } from './demo-tool';
import {
  AUDIT_STATEMENT_IDS,
  auditTool,
  CONFIDENCE,
  CONTROLS,
  LEVELS,
  MOMENTS,
  planTool,
  segmentTool,
  type AuditData,
  type PlanData,
  type SegmentData,
} from './fixtures';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
/** Any UTF-16 code unit, so lone surrogates too (fast-check's 'binary' unit is much slower). */
export const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Any UTF-16 text (lone surrogates included), or HTML-looking text. */
const text = (maxLength: number) =>
  fc.oneof(fc.string({ unit: utf16Unit, maxLength }), fc.string({ maxLength }), fc.constant('<img src=x onerror=alert(1)>'));
const slug = fc.stringMatching(/^[a-z0-9-]{1,32}$/);

export function envelopeArb<TData>(tool: AnyToolDefinition, data: fc.Arbitrary<TData>): fc.Arbitrary<ResultEnvelope<TData>> {
  return fc.record(
    {
      format: fc.constant('kmm-result' as const),
      formatVersion: fc.constant(1 as const),
      tool: fc.constant(tool.id),
      schemaVersion: fc.constant(tool.schemaVersion),
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      locale: fc.constantFrom('fr' as const, 'en' as const),
      title: text(200),
      respondent: text(200),
      createdAt: isoDate,
      updatedAt: isoDate,
      data,
    },
    { requiredKeys: ['format', 'formatVersion', 'tool', 'schemaVersion', 'id', 'locale', 'title', 'createdAt', 'updatedAt', 'data'] },
  );
}

const unit = fc.double({ min: 0, max: 10, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));

export const auditData: fc.Arbitrary<AuditData> = fc
  .dictionary(
    fc.constantFrom(...AUDIT_STATEMENT_IDS),
    fc.record(
      { value: fc.integer({ min: 0, max: 4 }), confidence: fc.constantFrom(...CONFIDENCE), note: text(280) },
      { requiredKeys: ['value', 'confidence'] },
    ),
  )
  .map((answers) => ({ answers }));

export const segmentData: fc.Arbitrary<SegmentData> = fc.record({
  segments: fc.array(
    fc.record({ id: slug, name: text(80), involvement: unit, knowledge: unit, size: fc.nat() }),
    { maxLength: 50 },
  ),
});

export const planData: fc.Arbitrary<PlanData> = fc.record({
  actions: fc.array(
    fc.record(
      {
        id: slug,
        moment: fc.constantFrom(...MOMENTS),
        level: fc.constantFrom(...LEVELS),
        controls: fc.uniqueArray(fc.constantFrom(...CONTROLS), { maxLength: 3 }),
        due: isoDate.map((iso) => iso.slice(0, 10)),
        owner: text(80),
      },
      { requiredKeys: ['id', 'moment', 'level', 'controls'] },
    ),
    { maxLength: 40 },
  ),
  readiness: fc.record({
    culture: fc.constantFrom(...LEVELS),
    duration: fc.constantFrom(...LEVELS),
    complexity: fc.constantFrom(...LEVELS),
    innovation: fc.constantFrom(...LEVELS),
  }),
});

export const demoData = fc.record(
  {
    answers: fc.dictionary(fc.constantFrom(...DEMO_QUESTION_IDS), fc.integer({ min: 0, max: 4 })),
    budget: fc.option(fc.integer({ min: 0, max: 1_000_000_000 })),
    comment: text(2000),
    // `__proto__` keys are refused on import (see validate-import.test.ts), so none are generated here.
    legacy: fc.dictionary(fc.string(), fc.jsonValue()).filter((legacy) => !JSON.stringify(legacy).includes('"__proto__"')),
  },
  { requiredKeys: ['answers', 'budget', 'comment'] },
) as fc.Arbitrary<unknown> as fc.Arbitrary<DemoData>;

export const kinds = [
  ['maturity audit (record of answers keyed by id)', auditTool, auditData],
  ['segment matrix (array of segments with numbers)', segmentTool, segmentData],
  ['participation plan (nested, enums, optional dates)', planTool, planData],
  ['demo tool (answers, number, text, legacy JSON)', demoTool, demoData],
] as const;

