import { describe, expect, it } from 'vitest';
import {
  asNewResult,
  compactForShare,
  createDebouncer,
  deepEqual,
  exportFile,
  exportJson,
  makeEnvelope,
  randomResultId,
  resultFileName,
  slugify,
  stripEmpty,
  type TimerLike,
} from '../../../src/lib/results/index';
import type { DemoData } from '../../../src/lib/results/demo-tool';
import { demoTool } from './demo-tool';
import { envelopeOf } from './fixtures';

class FakeTimers implements TimerLike<number> {
  now = 0;
  private next = 1;
  readonly queue = new Map<number, { at: number; run: () => void }>();
  setTimeout(run: () => void, ms: number): number {
    const id = this.next++;
    this.queue.set(id, { at: this.now + ms, run });
    return id;
  }
  clearTimeout(id: number): void {
    this.queue.delete(id);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.queue]) {
      if (timer.at <= this.now) {
        this.queue.delete(id);
        timer.run();
      }
    }
  }
}

describe('createDebouncer', () => {
  it('runs only the last task, after the delay of quiet', () => {
    const timers = new FakeTimers();
    const debouncer = createDebouncer(timers, 500);
    const runs: string[] = [];
    debouncer.schedule(() => runs.push('a'));
    timers.advance(300);
    debouncer.schedule(() => runs.push('b'));
    timers.advance(300);
    expect(runs).toEqual([]);
    expect(debouncer.pending).toBe(true);
    timers.advance(200);
    expect(runs).toEqual(['b']);
    expect(debouncer.pending).toBe(false);
    expect(timers.queue.size).toBe(0);
  });
  it('flushes now or cancels', () => {
    const timers = new FakeTimers();
    const debouncer = createDebouncer(timers, 500);
    const runs: string[] = [];
    debouncer.schedule(() => runs.push('now'));
    debouncer.flush();
    expect(runs).toEqual(['now']);
    expect(timers.queue.size).toBe(0);
    debouncer.flush();
    expect(runs).toEqual(['now']);
    debouncer.schedule(() => runs.push('never'));
    debouncer.cancel();
    timers.advance(1000);
    expect(runs).toEqual(['now']);
  });
});

describe('file names', () => {
  it('slugifies titles to ASCII, French ligatures and accents included', () => {
    expect(slugify("Audit d'été — Œuvre <b>n°2</b>")).toBe('audit-d-ete-oeuvre-b-n-2-b');
    expect(slugify('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(slugify('   ')).toBe('');
    expect(slugify('a'.repeat(80))).toHaveLength(60);
    expect(slugify('abc def', 4)).toBe('abc');
  });
  it('builds slug_tool_date.ext, leaving out an empty slug', () => {
    const envelope = { title: 'Mon audit : Direction', tool: 'maturity-audit' as const, updatedAt: '2026-11-25T18:30:00.000Z' };
    expect(resultFileName(envelope, 'json')).toBe('mon-audit-direction_maturity-audit_2026-11-25.json');
    expect(resultFileName({ ...envelope, title: '' }, 'csv', { date: '2027-01-02' })).toBe('maturity-audit_2027-01-02.csv');
    expect(resultFileName(envelope, 'png', { suffix: 'Graphique 1' })).toBe(
      'mon-audit-direction_maturity-audit_2026-11-25_graphique-1.png',
    );
  });
});

describe('exportFile and exportJson', () => {
  const envelope = envelopeOf<DemoData>(demoTool, { answers: { trust: 4 }, budget: 3, comment: '' }, { title: 'Démo' });
  it('pretty-prints JSON with 2 spaces', () => {
    const json = exportJson(envelope);
    expect(json.startsWith('{\n  "format": "kmm-result",\n  "formatVersion": 1,\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(envelope);
  });
  it('names the file and sets its type for each kind', () => {
    expect(exportFile(envelope, demoTool, 'json', 'fr')).toMatchObject({
      fileName: 'demo_demo_2026-11-25.json',
      mimeType: 'application/json',
    });
    const csv = exportFile(envelope, demoTool, 'csv-semicolon', 'en', '2026-12-01');
    expect(csv.fileName).toBe('demo_demo_2026-12-01.csv');
    expect(csv.mimeType).toBe('text/csv;charset=utf-8');
    expect(csv.content.startsWith('\uFEFFitem;label;value\r\n')).toBe(true);
    expect(exportFile(envelope, demoTool, 'csv-comma', 'en').content.startsWith('\uFEFFitem,label,value\r\n')).toBe(true);
  });
});

describe('envelopes', () => {
  it('makeEnvelope trims the respondent, leaves it out when empty and caps the title', () => {
    const base = { tool: 'demo' as const, schemaVersion: 2, data: {}, lang: 'en' as const, id: 'x', now: '2026-01-01T00:00:00.000Z' };
    expect(makeEnvelope({ ...base, respondent: '  ' })).not.toHaveProperty('respondent');
    expect(makeEnvelope({ ...base, respondent: ' Ana ' }).respondent).toBe('Ana');
    expect(makeEnvelope({ ...base, title: 'x'.repeat(300) }).title).toHaveLength(200);
    expect(makeEnvelope(base)).toEqual({
      format: 'kmm-result',
      formatVersion: 1,
      tool: 'demo',
      schemaVersion: 2,
      id: 'x',
      locale: 'en',
      title: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      data: {},
    });
  });
  it('asNewResult gives a new id and dates, same content', () => {
    const envelope = envelopeOf(demoTool, { answers: {}, budget: null, comment: 'c' }, { title: 'T' });
    const copy = asNewResult(envelope, 'new', '2027-01-01T00:00:00.000Z');
    expect(copy).toEqual({ ...envelope, id: 'new', createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' });
  });
  it('randomResultId gives 16 base64url characters from the injected source', () => {
    expect(randomResultId((array) => array.fill(0))).toBe('AAAAAAAAAAAAAAAA');
    expect(randomResultId()).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(randomResultId()).not.toBe(randomResultId());
  });
});

describe('deepEqual and compaction', () => {
  it('compares JSON-like values structurally, ignoring key order and undefined fields', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, x: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
  it('stripEmpty removes empty fields but never array items', () => {
    expect(stripEmpty({ a: '', b: null, c: [], d: {}, e: { f: '' }, g: [null, ''], h: 0, i: false })).toEqual({
      g: [null, ''],
      h: 0,
      i: false,
    });
  });
  it('compactForShare strips only when the schema restores the same value', () => {
    const restoreWithDefault = (value: unknown) => ({ note: '', ...(value as object) });
    expect(compactForShare({ note: '', n: 1 }, restoreWithDefault)).toEqual({ n: 1 });
    expect(compactForShare({ note: '', n: 1 }, (value) => value)).toEqual({ note: '', n: 1 });
    expect(
      compactForShare({ note: '' }, () => {
        throw new Error('invalid');
      }),
    ).toEqual({ note: '' });
  });
});
