import { describe, expect, it } from 'vitest';
import {
  currentKey,
  isQuotaError,
  parseStorageKey,
  resultKey,
  ResultStore,
  SafeStorage,
  type ResultEnvelope,
  type SaveOutcome,
} from '../../../src/lib/results/index';
import type { DemoData } from '../../../src/lib/results/demo-tool';
import { demoTool } from './demo-tool';
import { fakeClock, fakeIds, MemoryStorage } from './fixtures';

function makeStore(storage: MemoryStorage | null, ids = fakeIds(), now = fakeClock()) {
  return new ResultStore<DemoData>({ tool: demoTool, storage, now, newId: ids });
}
function saved(outcome: SaveOutcome<DemoData>): { envelope: ResultEnvelope<DemoData>; rev: number; write?: string | undefined } {
  if (!outcome.ok) throw new Error(`expected a save, got ${outcome.reason}`);
  return outcome.stored;
}
const withComment = (envelope: ResultEnvelope<DemoData>, comment: string): ResultEnvelope<DemoData> => ({
  ...envelope,
  data: { ...envelope.data, comment },
});

describe('keys', () => {
  it('are namespaced per version and tool', () => {
    expect(resultKey('demo', 'abc')).toBe('kmm:v1:demo:result:abc');
    expect(currentKey('maturity-audit')).toBe('kmm:v1:maturity-audit:current');
    expect(parseStorageKey('kmm:v1:demo:result:abc')).toEqual({ tool: 'demo', kind: 'result', id: 'abc' });
    expect(parseStorageKey('kmm:v1:demo:current')).toEqual({ tool: 'demo', kind: 'current' });
    expect(parseStorageKey('kmm:v1:quiz:current')).toBeNull();
    expect(parseStorageKey('other')).toBeNull();
    expect(parseStorageKey(null)).toBeNull();
  });
});

describe('ResultStore: saving and listing', () => {
  it('creates, lists (most recent first), gets and counts revisions', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const a = saved(store.create({ lang: 'fr', title: 'A' }));
    const b = saved(store.create({ lang: 'en', title: 'B', respondent: 'Sam' }));
    expect(b.envelope.locale).toBe('en');
    expect(a.rev).toBe(1);
    expect(a.envelope).toMatchObject({ id: 'id-1', tool: 'demo', schemaVersion: 2, locale: 'fr', title: 'A' });
    expect(a.envelope.data).toEqual({ answers: {}, budget: null, comment: '' });
    const a2 = saved(store.save(withComment(a.envelope, 'later'), { expectedRev: 1 }));
    expect(a2.rev).toBe(2);
    expect(store.list().map((s) => [s.id, s.title, s.rev])).toEqual([
      ['id-1', 'A', 2],
      ['id-2', 'B', 1],
    ]);
    expect(store.list()[1]?.respondent).toBe('Sam');
    expect(store.get('id-1')?.envelope.data.comment).toBe('later');
    expect(store.get('nope')).toBeUndefined();
    expect(JSON.parse(storage.map.get('kmm:v1:demo:result:id-1') ?? '')).toMatchObject({ rev: 2 });
  });

  it('stamps updatedAt with the injected clock and keeps createdAt', () => {
    const store = makeStore(new MemoryStorage());
    const first = saved(store.create({ lang: 'fr' }));
    const second = saved(store.save(first.envelope, { expectedRev: 1 }));
    expect(first.envelope.createdAt).toBe('2026-11-25T10:00:00.000Z');
    expect(second.envelope.createdAt).toBe('2026-11-25T10:00:00.000Z');
    expect(first.envelope.updatedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(second.envelope.updatedAt).toBe('2026-11-25T10:00:01.000Z');
  });

  it('refuses an invalid envelope or another tool’s result, writing nothing', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const a = saved(store.create({ lang: 'fr' }));
    const writes = storage.writes;
    const invalid = store.save({ ...a.envelope, data: { ...a.envelope.data, budget: -1 } }, { expectedRev: 1 });
    expect(invalid.ok === false && invalid.reason).toBe('invalid');
    const other = store.save({ ...a.envelope, tool: 'maturity-audit' }, { expectedRev: 1 });
    expect(other.ok === false && other.reason === 'invalid' && other.errors[0]?.code).toBe('store-wrong-tool');
    expect(storage.writes).toBe(writes);
  });

  it('renames and duplicates under a new id', () => {
    const store = makeStore(new MemoryStorage());
    const a = saved(store.create({ lang: 'fr', title: 'Audit' }));
    expect(saved(store.rename(a.envelope.id, 'Audit 2026')).envelope.title).toBe('Audit 2026');
    const copy = saved(store.duplicate(a.envelope.id, 'Audit 2026 (copie)'));
    expect(copy.envelope.id).toBe('id-2');
    expect(copy.rev).toBe(1);
    expect(store.list().map((s) => s.title).sort()).toEqual(['Audit 2026', 'Audit 2026 (copie)']);
    expect(store.rename('missing', 'x')).toEqual({ ok: false, reason: 'not-found' });
    expect(store.duplicate('missing', 'x')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('adds an imported result as new, keeping its id only if it is free', () => {
    const store = makeStore(new MemoryStorage());
    const a = saved(store.create({ lang: 'fr', title: 'Mine' }));
    const foreign = { ...a.envelope, id: 'from-file', title: 'Imported' };
    expect(saved(store.add(foreign)).envelope.id).toBe('from-file');
    const again = saved(store.add(foreign));
    expect(again.envelope.id).toBe('id-2');
    expect(store.get(a.envelope.id)?.envelope.title).toBe('Mine');
  });

  it('remembers the current result id, shared through storage', () => {
    const storage = new MemoryStorage();
    const one = makeStore(storage);
    expect(one.getCurrentId()).toBeNull();
    one.setCurrentId('id-7');
    expect(makeStore(storage).getCurrentId()).toBe('id-7');
    one.setCurrentId(null);
    expect(makeStore(storage).getCurrentId()).toBeNull();
  });
});

describe('ResultStore: delete with undo', () => {
  it('moves to the bin, restores, and purges for good', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const a = saved(store.create({ lang: 'fr', title: 'A' }));
    const deleted = store.delete(a.envelope.id);
    expect(deleted.ok && deleted.stored.deletedAt).toBe('2026-11-25T10:00:01.000Z');
    expect(store.list()).toEqual([]);
    expect(store.listDeleted().map((s) => s.id)).toEqual(['id-1']);
    expect(store.get('id-1')).toBeUndefined();
    expect(store.get('id-1', { includeDeleted: true })?.rev).toBe(2);
    // The bin survives a reload (another store on the same storage).
    expect(makeStore(storage).listDeleted().map((s) => s.id)).toEqual(['id-1']);

    const restored = store.restore('id-1');
    expect(restored.ok && restored.stored.rev).toBe(3);
    expect(store.list().map((s) => s.title)).toEqual(['A']);
    expect(store.get('id-1')?.envelope.data).toEqual(a.envelope.data);

    store.delete('id-1');
    store.purgeDeleted();
    expect(store.listDeleted()).toEqual([]);
    expect(store.restore('id-1')).toEqual({ ok: false, reason: 'not-found' });
    expect(storage.map.size).toBe(0);
  });
  it('cannot delete twice or restore what is not deleted', () => {
    const store = makeStore(new MemoryStorage());
    const a = saved(store.create({ lang: 'fr' }));
    expect(store.restore(a.envelope.id)).toEqual({ ok: false, reason: 'not-found' });
    store.delete(a.envelope.id);
    expect(store.delete(a.envelope.id)).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('ResultStore: two tabs on one storage', () => {
  it('detects a newer revision written by the other tab and never overwrites it silently', () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage, fakeIds('a'));
    const tabB = makeStore(storage, fakeIds('b'));
    const base = saved(tabA.create({ lang: 'fr', title: 'Shared' }));
    const inB = tabB.get(base.envelope.id);
    expect(inB?.rev).toBe(1);

    saved(tabA.save(withComment(base.envelope, 'from A'), { expectedRev: 1 }));
    const conflict = tabB.save(withComment(base.envelope, 'from B'), { expectedRev: 1 });
    expect(conflict.ok).toBe(false);
    if (conflict.ok || conflict.reason !== 'conflict') throw new Error('expected a conflict');
    expect(conflict.theirs.rev).toBe(2);
    expect(conflict.theirs.envelope.data.comment).toBe('from A');
    expect(tabA.get(base.envelope.id)?.envelope.data.comment).toBe('from A');

    // "Keep mine": save again on top of their revision.
    const kept = saved(tabB.save(withComment(base.envelope, 'from B'), { expectedRev: conflict.theirs.rev }));
    expect(kept.rev).toBe(3);
    expect(tabA.get(base.envelope.id)?.envelope.data.comment).toBe('from B');
    // Now tab A is the stale one.
    const staleA = tabA.save(withComment(base.envelope, 'A again'), { expectedRev: 2 });
    expect(staleA.ok === false && staleA.reason).toBe('conflict');
  });
  it('detects the same revision number written by the other tab (a write race) and never saves over it', () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage);
    const first = saved(tabA.create({ lang: 'fr' }));
    // Tab A saves revision 2 …
    const mine = saved(tabA.save(withComment(first.envelope, 'from A'), { expectedRev: first.rev, expectedWrite: first.write }));
    expect(mine.rev).toBe(2);
    // … and tab B, which had not yet seen A's write, also wrote revision 2 a few milliseconds later.
    const key = resultKey('demo', first.envelope.id);
    const theirsEnvelope = withComment(first.envelope, 'from B');
    storage.setItem(key, JSON.stringify({ rev: 2, write: 'tab-b-write', envelope: theirsEnvelope }));
    // Same revision number, other write: tab A's next save is a conflict, not a silent overwrite.
    const next = tabA.save(withComment(mine.envelope, 'from A again'), { expectedRev: mine.rev, expectedWrite: mine.write });
    expect(next.ok).toBe(false);
    if (next.ok || next.reason !== 'conflict') throw new Error('expected a conflict');
    expect(next.theirs.envelope.data.comment).toBe('from B');
    expect(next.theirs.write).toBe('tab-b-write');
    expect(JSON.parse(storage.getItem(key) ?? '{}').envelope.data.comment).toBe('from B');
    // Keeping mine means saving based on their revision: it then goes through.
    const kept = tabA.save(withComment(mine.envelope, 'from A again'), { expectedRev: next.theirs.rev, expectedWrite: next.theirs.write });
    expect(kept.ok && kept.stored.rev).toBe(3);
  });

  it('gives every write its own token, kept when a revision that only lived in memory is written again', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const a = saved(store.create({ lang: 'fr' }));
    const b = saved(store.save(withComment(a.envelope, 'x'), { expectedRev: a.rev, expectedWrite: a.write }));
    expect(a.write).toBeTruthy();
    expect(b.write).toBeTruthy();
    expect(b.write).not.toBe(a.write);
    storage.failWrites = 'quota';
    const c = saved(store.save(withComment(b.envelope, 'y'), { expectedRev: b.rev, expectedWrite: b.write }));
    storage.failWrites = null;
    store.flushPending();
    expect(JSON.parse(storage.getItem(resultKey('demo', a.envelope.id)) ?? '{}').write).toBe(c.write);
  });

  it('treats a save without expectedRev on an existing result as a conflict', () => {
    const storage = new MemoryStorage();
    const a = saved(makeStore(storage).create({ lang: 'fr' }));
    const outcome = makeStore(storage).save(a.envelope);
    expect(outcome.ok === false && outcome.reason).toBe('conflict');
  });
  it('sees results created, deleted and purged by the other tab', () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage, fakeIds('a'));
    const tabB = makeStore(storage, fakeIds('b'));
    saved(tabA.create({ lang: 'fr', title: 'One' }));
    expect(tabB.list().map((s) => s.title)).toEqual(['One']);
    tabA.delete('a-1');
    expect(tabB.list()).toEqual([]);
    tabA.purge('a-1');
    expect(tabB.listDeleted()).toEqual([]);
  });
});

describe('ResultStore: storage failures', () => {
  it('with no storage at all: works in memory and says it is not persistent', () => {
    const store = makeStore(null);
    expect(store.status()).toEqual({ persistent: false, reason: 'unavailable' });
    const a = saved(store.create({ lang: 'fr', title: 'Ephemeral' }));
    expect(saved(store.save(withComment(a.envelope, 'x'), { expectedRev: 1 })).rev).toBe(2);
    expect(store.list().map((s) => s.title)).toEqual(['Ephemeral']);
    store.setCurrentId('id-1');
    expect(store.getCurrentId()).toBe('id-1');
    expect(store.delete('id-1').ok).toBe(true);
    expect(store.restore('id-1').ok).toBe(true);
  });

  it.each([
    ['quota', { persistent: false, reason: 'quota' }],
    ['dom-quota', { persistent: false, reason: 'quota' }],
    ['error', { persistent: false, reason: 'unavailable' }],
  ] as const)('when writes throw (%s): keeps the data in memory and reports it', (failure, status) => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const a = saved(store.create({ lang: 'fr', title: 'Kept' }));
    expect(store.status()).toEqual({ persistent: true });
    storage.failWrites = failure;
    const outcome = store.save(withComment(a.envelope, 'unsaved edit'), { expectedRev: 1 });
    expect(outcome.ok && outcome.status).toEqual(status);
    expect(store.status()).toEqual(status);
    // Storage still has revision 1; memory has the edit, and listing does not lose it.
    expect(JSON.parse(storage.map.get(resultKey('demo', 'id-1')) ?? '')).toMatchObject({ rev: 1 });
    expect(store.get('id-1')?.envelope.data.comment).toBe('unsaved edit');
    expect(store.list().map((s) => s.rev)).toEqual([2]);
    // Further edits continue from the in-memory revision.
    expect(saved(store.save(withComment(a.envelope, 'second'), { expectedRev: 2 })).rev).toBe(3);
    // Once storage works again, pending work is written.
    storage.failWrites = null;
    expect(store.flushPending()).toEqual({ persistent: true });
    expect(JSON.parse(storage.map.get(resultKey('demo', 'id-1')) ?? '')).toMatchObject({ rev: 3 });
  });

  it('when reads throw: lists and gets from memory, never throws', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    saved(store.create({ lang: 'fr', title: 'Known' }));
    storage.failReads = true;
    expect(store.list().map((s) => s.title)).toEqual(['Known']);
    expect(store.get('id-1')?.envelope.title).toBe('Known');
    expect(store.getCurrentId()).toBeNull();
  });

  it('reports corrupted entries and skips them', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    saved(store.create({ lang: 'fr', title: 'Good' }));
    storage.map.set(resultKey('demo', 'broken'), '{not json');
    storage.map.set(resultKey('demo', 'shape'), JSON.stringify({ rev: 'x', envelope: {} }));
    const good = JSON.parse(storage.map.get(resultKey('demo', 'id-1')) ?? '') as { envelope: object };
    storage.map.set(resultKey('demo', 'bad-data'), JSON.stringify({ rev: 1, envelope: { ...good.envelope, id: 'bad-data', data: { answers: { clarity: 9 }, budget: null, comment: '' } } }));
    storage.map.set(resultKey('demo', 'other-id'), JSON.stringify({ rev: 1, envelope: good.envelope }));
    storage.map.set('kmm:v1:maturity-audit:result:x', '{not json either');
    storage.map.set('unrelated', 'whatever');
    expect(store.list().map((s) => s.title)).toEqual(['Good']);
    const corrupted = store.corrupted();
    expect(corrupted.map((entry) => entry.key).sort()).toEqual([
      'kmm:v1:demo:result:bad-data',
      'kmm:v1:demo:result:broken',
      'kmm:v1:demo:result:other-id',
      'kmm:v1:demo:result:shape',
    ]);
    expect(corrupted.find((entry) => entry.key.endsWith('bad-data'))?.errors[0]?.code).toBe('answer-out-of-range');
    expect(store.get('broken')).toBeUndefined();
    // Corrupted entries are left in place, not deleted.
    expect(storage.map.get(resultKey('demo', 'broken'))).toBe('{not json');
  });

  it('migrates results saved by an earlier edition when reading them', () => {
    const storage = new MemoryStorage();
    storage.map.set(
      resultKey('demo', 'old'),
      JSON.stringify({
        rev: 4,
        envelope: {
          format: 'kmm-result',
          formatVersion: 1,
          tool: 'demo',
          schemaVersion: 1,
          id: 'old',
          locale: 'fr',
          title: 'v1',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
          data: { scores: { q2: 3 }, amount: '10', text: 't' },
        },
      }),
    );
    const stored = makeStore(storage).get('old');
    expect(stored?.rev).toBe(4);
    expect(stored?.envelope.schemaVersion).toBe(2);
    expect(stored?.envelope.data).toEqual({ answers: { reach: 3 }, budget: 10, comment: 't' });
  });
});

describe('SafeStorage and isQuotaError', () => {
  it('recognises quota errors across browsers', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
  it('turns every throwing call into a failure value', () => {
    const storage = new MemoryStorage();
    storage.failReads = true;
    storage.failWrites = 'error';
    const safe = new SafeStorage(storage);
    expect(safe.read('k')).toEqual({ ok: false, reason: 'unavailable' });
    expect(safe.write('k', 'v')).toEqual({ ok: false, reason: 'unavailable' });
    expect(safe.remove('k')).toEqual({ ok: false, reason: 'unavailable' });
    expect(safe.keys('k')).toEqual({ ok: false, reason: 'unavailable' });
    expect(new SafeStorage(null).read('k')).toEqual({ ok: false, reason: 'unavailable' });
  });
});
