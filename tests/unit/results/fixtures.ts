/**
 * Test fixtures: an in-memory storage with failure switches, a fake clock and id generator,
 * and realistic data schemas for the three kinds of tools the site will have.
 */
import { z } from 'zod';
import { defineTool, makeEnvelope, type CsvCell, type ResultEnvelope, type StorageLike } from '../../../src/lib/results/index';

export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failReads = false;
  failWrites: null | 'quota' | 'dom-quota' | 'error' = null;
  writes = 0;

  get length(): number {
    if (this.failReads) throw new Error('SecurityError');
    return this.map.size;
  }
  key(index: number): string | null {
    if (this.failReads) throw new Error('SecurityError');
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failReads) throw new Error('SecurityError');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites === 'quota') throw Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError', code: 22 });
    if (this.failWrites === 'dom-quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.failWrites === 'error') throw new Error('InvalidStateError');
    this.writes += 1;
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failWrites) throw new Error('InvalidStateError');
    this.map.delete(key);
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
}

/** A clock that moves one second per call, from 2026-11-25T10:00:00Z. */
export function fakeClock(start = Date.parse('2026-11-25T10:00:00.000Z')): () => string {
  let tick = 0;
  return () => new Date(start + 1000 * tick++).toISOString();
}

export function fakeIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

// ---------------------------------------------------------------- maturity audit (record of answers)
export const AUDIT_DIMENSIONS = ['lf', 'lt', 'km', 'ce', 'co', 'cm', 'cx', 'ro'] as const;
export const AUDIT_STATEMENT_IDS = AUDIT_DIMENSIONS.flatMap((dimension) =>
  [1, 2, 3, 4, 5, 6].map((n) => `${dimension}-${n}`),
) as [string, ...string[]];
export const CONFIDENCE = ['low', 'medium', 'high'] as const;

export const auditDataSchema = z.strictObject({
  answers: z.partialRecord(
    z.enum(AUDIT_STATEMENT_IDS),
    z.strictObject({
      value: z.number().int().min(0).max(4),
      confidence: z.enum(CONFIDENCE),
      note: z.string().max(280).optional(),
    }),
  ),
});
export type AuditData = z.infer<typeof auditDataSchema>;

export const auditTool = defineTool<AuditData>({
  id: 'maturity-audit',
  schemaVersion: 1,
  dataSchema: auditDataSchema,
  migrations: {},
  emptyData: () => ({ answers: {} }),
  csvRows: (envelope) => ({
    header: ['statement', 'value', 'confidence', 'note'],
    rows: Object.entries(envelope.data.answers).map(([id, answer]): CsvCell[] => [
      id,
      answer?.value,
      answer?.confidence,
      answer?.note,
    ]),
  }),
});

// ---------------------------------------------------------------- segment matrix (array with numbers)
export const segmentDataSchema = z.strictObject({
  segments: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]{1,32}$/),
        name: z.string().max(80),
        involvement: z.number().min(0).max(10),
        knowledge: z.number().min(0).max(10),
        size: z.number().int().min(0),
      }),
    )
    .max(50),
});
export type SegmentData = z.infer<typeof segmentDataSchema>;

export const segmentTool = defineTool<SegmentData>({
  id: 'segment-positioning',
  schemaVersion: 1,
  dataSchema: segmentDataSchema,
  migrations: {},
  emptyData: () => ({ segments: [] }),
  csvRows: (envelope) => ({
    header: ['segment', 'name', 'involvement', 'knowledge', 'size'],
    rows: envelope.data.segments.map((s): CsvCell[] => [s.id, s.name, s.involvement, s.knowledge, s.size]),
  }),
});

// ---------------------------------------------------------------- participation plan (nested, enums, optional dates)
export const MOMENTS = ['pre-conception', 'co-creation', 'co-production'] as const;
export const LEVELS = ['low', 'moderate', 'high'] as const;
export const CONTROLS = ['training', 'sanction', 'configuration'] as const;

export const planDataSchema = z.strictObject({
  actions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]{1,32}$/),
        moment: z.enum(MOMENTS),
        level: z.enum(LEVELS),
        controls: z.array(z.enum(CONTROLS)).max(3),
        due: z.iso.date().optional(),
        owner: z.string().max(80).optional(),
      }),
    )
    .max(40),
  readiness: z.strictObject({
    culture: z.enum(LEVELS),
    duration: z.enum(LEVELS),
    complexity: z.enum(LEVELS),
    innovation: z.enum(LEVELS),
  }),
});
export type PlanData = z.infer<typeof planDataSchema>;

export const planTool = defineTool<PlanData>({
  id: 'participation-planner',
  schemaVersion: 1,
  dataSchema: planDataSchema,
  migrations: {},
  emptyData: () => ({
    actions: [],
    readiness: { culture: 'moderate', duration: 'moderate', complexity: 'moderate', innovation: 'moderate' },
  }),
  csvRows: (envelope) => ({
    header: ['action', 'moment', 'level', 'controls', 'due', 'owner'],
    rows: envelope.data.actions.map((a): CsvCell[] => [a.id, a.moment, a.level, a.controls.join(' '), a.due, a.owner]),
  }),
});

export function envelopeOf<TData>(
  tool: { id: ResultEnvelope<TData>['tool']; schemaVersion: number },
  data: TData,
  extra: { title?: string; respondent?: string; id?: string; lang?: 'fr' | 'en'; now?: string } = {},
): ResultEnvelope<TData> {
  return makeEnvelope({
    tool: tool.id,
    schemaVersion: tool.schemaVersion,
    data,
    lang: extra.lang ?? 'fr',
    id: extra.id ?? 'result-1',
    now: extra.now ?? '2026-11-25T10:00:00.000Z',
    title: extra.title,
    respondent: extra.respondent,
  });
}

/** Replaces no-break spaces (French typography) with plain spaces, for readable assertions. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
