/**
 * The results session (src/lib/results/session.ts) with the tests' fake tool, in Node: a fake
 * Storage shared by "tabs" whose storage events are delivered by hand, and vitest's fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_DELAY_MS,
  createSession,
  importResult,
  exportJson,
  resultKey,
  type ResultSessionCore,
  type SessionEventHandlers,
  type SessionSnapshot,
  type StorageLike,
} from '../../../src/lib/results/index';
import { demoTool, type DemoData } from './fake-tool';
import { auditTool, envelopeOf, fakeClock, fakeIds, MemoryStorage } from './fixtures';

/** One browser: a storage shared by its tabs; a write in one tab is heard by the others once delivered. */
class Browser {
  readonly storage = new MemoryStorage();
  readonly #tabs: { handlers: SessionEventHandlers | null; queue: (string | null)[] }[] = [];
  /** getItem calls per key, over every tab. */
  readonly reads = new Map<string, number>();
  listings = 0;

  tab(): { storage: StorageLike; events: { subscribe(handlers: SessionEventHandlers): () => void }; deliver(): void } {
    const me: { handlers: SessionEventHandlers | null; queue: (string | null)[] } = { handlers: null, queue: [] };
    this.#tabs.push(me);
    const shared = this.storage;
    const others = (): typeof me[] => this.#tabs.filter((tab) => tab !== me);
    const reads = this.reads;
    const count = (): void => {
      this.listings += 1;
    };
    const storage: StorageLike = {
      getItem(key) {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return shared.getItem(key);
      },
      setItem(key, value) {
        shared.setItem(key, value);
        for (const tab of others()) tab.queue.push(key);
      },
      removeItem(key) {
        shared.removeItem(key);
        for (const tab of others()) tab.queue.push(key);
      },
      key: (index) => shared.key(index),
      get length() {
        count();
        return shared.length;
      },
    };
    return {
      storage,
      events: {
        subscribe(handlers) {
          me.handlers = handlers;
          return () => {
            me.handlers = null;
          };
        },
      },
      deliver() {
        const queue = me.queue.splice(0);
        for (const key of queue) me.handlers?.storage(key);
      },
    };
  }

  resetCounts(): void {
    this.reads.clear();
    this.listings = 0;
  }
}

const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function open(tab: ReturnType<Browser['tab']>, options: { workshop?: { read(): string | null; subscribe(listener: () => void): () => void } } = {}) {
  const session = createSession<DemoData>({
    tool: demoTool,
    lang: 'fr',
    storage: tab.storage,
    timers,
    events: tab.events,
    workshop: options.workshop,
    copyTitle: (title) => `${title} (copie)`,
    untitled: 'Sans titre',
    now: fakeClock(),
    newId: fakeIds(`r${Math.random().toString(36).slice(2, 6)}`),
  });
  session.start();
  return session;
}

const comment = (session: ResultSessionCore<DemoData>): string | undefined => session.getSnapshot().envelope?.data.comment;
const write = (session: ResultSessionCore<DemoData>, text: string): void =>
  session.updateData((data) => ({ ...data, comment: text }));
const settle = (): void => {
  vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('session: open result and autosave', () => {
  it('opens a new result, saves after the quiet delay, and publishes a new snapshot only on change', () => {
    const browser = new Browser();
    const session = open(browser.tab());
    const first = session.getSnapshot();
    expect(first.saveState).toBe('saved');
    expect(first.results).toHaveLength(1);
    expect(session.getSnapshot()).toBe(first);

    const seen: SessionSnapshot<DemoData>[] = [];
    session.subscribe(() => seen.push(session.getSnapshot()));
    write(session, 'Bonjour');
    expect(session.getSnapshot().saveState).toBe('pending');
    const key = resultKey(demoTool.id, first.envelope?.id ?? '');
    expect(browser.storage.map.get(key)).not.toContain('Bonjour');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(browser.storage.map.get(key)).not.toContain('Bonjour');
    vi.advanceTimersByTime(1);
    expect(browser.storage.map.get(key)).toContain('Bonjour');
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(seen.map((snapshot) => snapshot.saveState)).toEqual(['pending', 'saved']);
    expect(new Set(seen).size).toBe(2);
    session.saveNow(); // nothing pending: nothing changes
    expect(seen).toHaveLength(2);
  });

  it('an edit that changes nothing is not an edit: no pending state, no save, the date kept', () => {
    const browser = new Browser();
    const session = open(browser.tab());
    write(session, 'Bonjour');
    settle();
    const saved = session.getSnapshot();
    const key = resultKey(demoTool.id, saved.envelope?.id ?? '');
    const stored = browser.storage.map.get(key);
    vi.advanceTimersByTime(5_000);
    write(session, 'Bonjour'); // the same text again (a component re-applying what is there)
    session.updateData((data) => data);
    expect(session.getSnapshot()).toBe(saved);
    settle();
    expect(browser.storage.map.get(key)).toBe(stored);
    expect(session.getSnapshot().envelope?.updatedAt).toBe(saved.envelope?.updatedAt);
  });

  it('reopens the last open result on the next visit, and saves pending edits when the page is hidden', () => {
    const browser = new Browser();
    const tab = browser.tab();
    const session = open(tab);
    write(session, 'avant de partir');
    session.stop(); // pagehide / unmount
    const again = open(browser.tab());
    expect(comment(again)).toBe('avant de partir');
    expect(again.getSnapshot().envelope?.id).toBe(session.getSnapshot().envelope?.id);
  });

  it('reads the saved list once per change: an autosave reads no other result, another tab’s write one listing', () => {
    const browser = new Browser();
    const tab = browser.tab();
    const session = open(tab);
    for (let n = 0; n < 29; n += 1) session.addResults([envelopeOf<DemoData>(demoTool, { answers: {}, budget: n, comment: '' }, { title: `R${n}` })]);
    expect(session.getSnapshot().results).toHaveLength(30);
    const openId = session.getSnapshot().envelope?.id ?? '';
    const before = session.getSnapshot().results;

    browser.resetCounts();
    write(session, 'une modification');
    settle();
    const otherReads = [...browser.reads].filter(([key]) => key !== resultKey(demoTool.id, openId));
    expect(otherReads).toEqual([]);
    expect(browser.listings).toBe(0);
    // The list still changed: the open result moved to the top with its new date.
    expect(session.getSnapshot().results).not.toBe(before);
    expect(session.getSnapshot().results[0]?.id).toBe(openId);

    const other = open(browser.tab());
    tab.deliver(); // the other tab opening (its "current" key)
    browser.resetCounts();
    write(other, 'ailleurs');
    settle();
    tab.deliver();
    expect(browser.listings).toBe(1);
    const perKey = [...browser.reads].filter(([key]) => key.includes(':result:') && key !== resultKey(demoTool.id, other.getSnapshot().envelope?.id ?? ''));
    expect(perKey.every(([, count]) => count === 1)).toBe(true);
  });
});

describe('session: two tabs', () => {
  it('follows the other tab while it has no edits of its own', () => {
    const browser = new Browser();
    const tabA = browser.tab();
    const tabB = browser.tab();
    const a = open(tabA);
    const b = open(tabB);
    expect(b.getSnapshot().envelope?.id).toBe(a.getSnapshot().envelope?.id);
    write(a, 'de A');
    settle();
    tabB.deliver();
    expect(comment(b)).toBe('de A');
    expect(b.getSnapshot().saveState).toBe('saved');
    expect(b.getSnapshot().notice?.message).toEqual({ code: 'external-update' });
  });

  it('opens a conflict when both changed the result, and "keep mine" keeps both sides’ separate changes', () => {
    const browser = new Browser();
    const tabA = browser.tab();
    const tabB = browser.tab();
    const a = open(tabA);
    const b = open(tabB);
    a.updateData((data) => ({ ...data, budget: 100 }));
    settle();
    b.updateData((data) => ({ ...data, comment: 'de B' }));
    tabB.deliver(); // B hears A's save while its own edit waits
    expect(b.getSnapshot().saveState).toBe('conflict');
    expect(b.getSnapshot().conflict?.envelope.data.budget).toBe(100);
    settle(); // B's autosave does not write over A's version
    expect(b.getSnapshot().saveState).toBe('conflict');
    b.keepMine();
    expect(b.getSnapshot().saveState).toBe('saved');
    expect(b.getSnapshot().envelope?.data).toMatchObject({ budget: 100, comment: 'de B' });
    tabA.deliver();
    expect(a.getSnapshot().envelope?.data).toMatchObject({ budget: 100, comment: 'de B' });
  });

  it('"reload theirs" drops this tab’s edits for the other tab’s version', () => {
    const browser = new Browser();
    const tabA = browser.tab();
    const tabB = browser.tab();
    const a = open(tabA);
    const b = open(tabB);
    write(a, 'de A');
    settle();
    write(b, 'de B');
    tabB.deliver();
    b.reloadTheirs();
    expect(comment(b)).toBe('de A');
    expect(b.getSnapshot().conflict).toBeNull();
    expect(b.getSnapshot().notice?.message).toEqual({ code: 'conflict-reloaded' });
  });

  it('a result deleted in the other tab while open here is a conflict, not a silent loss', () => {
    const browser = new Browser();
    const tabA = browser.tab();
    const tabB = browser.tab();
    const a = open(tabA);
    const b = open(tabB);
    a.remove(a.getSnapshot().envelope?.id ?? '');
    tabB.deliver();
    expect(b.getSnapshot().saveState).toBe('conflict');
    expect(b.getSnapshot().conflict?.deletedAt).toBeDefined();
  });
});

describe('session: copies, the bin and confirmation', () => {
  it('keeps a copy of a shared result beside the reader’s own work, under a new id', () => {
    const browser = new Browser();
    const session = open(browser.tab());
    write(session, 'mon travail');
    settle();
    const mine = session.getSnapshot().envelope;
    const shared = { ...envelopeOf<DemoData>(demoTool, { answers: {}, budget: null, comment: 'partagé' }), id: mine?.id ?? '' };
    const copy = session.keepCopy(shared);
    expect(copy?.id).not.toBe(mine?.id);
    expect(comment(session)).toBe('mon travail');
    expect(session.getSnapshot().results).toHaveLength(2);
    expect(session.read(mine?.id ?? '')?.data.comment).toBe('mon travail');
    const opened = session.keepCopy(shared, { open: true });
    expect(session.getSnapshot().envelope?.id).toBe(opened?.id);
    expect(comment(session)).toBe('partagé');
  });

  it('deletes into the bin, opens the next result, undoes, and empties the bin on the next visit', () => {
    const browser = new Browser();
    const session = open(browser.tab());
    const [other] = session.addResults([envelopeOf<DemoData>(demoTool, { answers: {}, budget: 1, comment: 'autre' }, { title: 'Autre' })]);
    const id = session.getSnapshot().envelope?.id ?? '';
    expect(id).toBe(other?.id);
    session.remove(id);
    const snapshot = session.getSnapshot();
    expect(snapshot.envelope?.id).not.toBe(id);
    expect(snapshot.deleted.map((summary) => summary.id)).toEqual([id]);
    expect(snapshot.notice?.message).toEqual({ code: 'deleted', title: 'Autre' });
    session.undoDelete(id);
    expect(session.getSnapshot().deleted).toEqual([]);
    expect(session.getSnapshot().results.map((summary) => summary.id)).toContain(id);
    session.remove(id);
    session.stop();
    const next = open(browser.tab());
    expect(next.getSnapshot().deleted).toEqual([]);
    expect(browser.storage.map.has(resultKey(demoTool.id, id))).toBe(false);
  });

  it('duplicates under the translator’s title', () => {
    const browser = new Browser();
    const session = open(browser.tab());
    const id = session.getSnapshot().envelope?.id ?? '';
    session.duplicate(id);
    expect(session.getSnapshot().results.map((summary) => summary.title).sort()).toEqual(['', 'Sans titre (copie)']);
    expect(session.getSnapshot().notice?.message).toEqual({ code: 'duplicated', title: 'Sans titre (copie)' });
  });

  it('asks before discarding edits that cannot be saved, and does nothing until answered', () => {
    const browser = new Browser();
    const session = open(browser.tab());
    const [other] = session.addResults([envelopeOf<DemoData>(demoTool, { answers: {}, budget: 1, comment: 'autre' })]);
    session.createNew();
    const blank = session.getSnapshot().envelope?.id;
    session.updateData((data) => ({ ...data, budget: -5 })); // refused by the schema
    settle();
    expect(session.getSnapshot().saveState).toBe('invalid');
    expect(session.getSnapshot().notice?.message.code).toBe('invalid');

    expect(session.open(other?.id ?? '')).toBe(true);
    expect(session.getSnapshot().pending?.kind).toBe('replace-unsaved');
    expect(session.getSnapshot().envelope?.id).toBe(blank);
    session.cancelPending();
    expect(session.getSnapshot().pending).toBeNull();
    expect(session.getSnapshot().envelope?.data.budget).toBe(-5);

    session.open(other?.id ?? '');
    session.confirmPending();
    expect(session.getSnapshot().pending).toBeNull();
    expect(session.getSnapshot().envelope?.id).toBe(other?.id);
    expect(session.getSnapshot().saveState).toBe('saved');
  });

  it('hands a tool’s data to a new result (an example, a merge) and opens it', () => {
    const browser = new Browser();
    const session = open(browser.tab());
    const added = session.addNew({ data: { answers: { trust: 4 }, budget: null, comment: '' }, title: 'Exemple' });
    expect(added?.tool).toBe(demoTool.id);
    expect(session.getSnapshot().envelope?.id).toBe(added?.id);
    expect(session.getSnapshot().envelope?.title).toBe('Exemple');
    expect(session.getSnapshot().results).toHaveLength(2);
  });
});

describe('session: storage that fails', () => {
  it('keeps working in memory when storage is full, says so, and writes everything once it works again', () => {
    const browser = new Browser();
    const session = open(browser.tab());
    browser.storage.failWrites = 'quota';
    write(session, 'en mémoire');
    settle();
    expect(session.getSnapshot().persistence).toEqual({ persistent: false, reason: 'quota' });
    expect(comment(session)).toBe('en mémoire');
    const id = session.getSnapshot().envelope?.id ?? '';
    expect(browser.storage.map.get(resultKey(demoTool.id, id))).not.toContain('en mémoire');
    browser.storage.failWrites = null;
    write(session, 'enregistré');
    settle();
    expect(session.getSnapshot().persistence).toEqual({ persistent: true });
    expect(browser.storage.map.get(resultKey(demoTool.id, id))).toContain('enregistré');
  });

  it('works without any storage (private mode), and every read that throws is survived', () => {
    const session = createSession<DemoData>({ tool: demoTool, lang: 'en', storage: null, timers, copyTitle: (title) => title, untitled: 'Untitled' });
    session.start();
    write(session, 'still here');
    settle();
    expect(comment(session)).toBe('still here');
    expect(session.getSnapshot().persistence).toEqual({ persistent: false, reason: 'unavailable' });

    const browser = new Browser();
    const tab = browser.tab();
    const throwing = open(tab);
    browser.storage.failReads = true;
    expect(() => tab.deliver()).not.toThrow();
    write(throwing, 'lecture bloquée');
    expect(() => settle()).not.toThrow();
    expect(comment(throwing)).toBe('lecture bloquée');
  });
});

describe('session: workshop mode', () => {
  it('lists only the participants’ results, follows the switch, and "next participant" removes them for good', () => {
    const browser = new Browser();
    let since: string | null = null;
    const listeners = new Set<() => void>();
    const workshop = { read: () => since, subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)) };
    const session = open(browser.tab(), { workshop });
    const trainer = session.getSnapshot().envelope?.id ?? '';
    // The workshop starts after the trainer's result was saved.
    since = new Date(Date.parse(session.getSnapshot().results[0]?.updatedAt ?? '') + 500).toISOString();
    for (const listener of listeners) listener();
    expect(session.getSnapshot().workshop).toBe(since);
    expect(session.getSnapshot().results).toEqual([]);
    const [participant] = session.addResults([envelopeOf<DemoData>(demoTool, { answers: {}, budget: null, comment: 'participant' })]);
    expect(session.getSnapshot().results.map((summary) => summary.id)).toEqual([participant?.id]);
    session.nextParticipant(since);
    expect(browser.storage.map.has(resultKey(demoTool.id, participant?.id ?? ''))).toBe(false);
    expect(browser.storage.map.has(resultKey(demoTool.id, trainer))).toBe(true);
    expect(session.getSnapshot().notice?.message).toEqual({ code: 'workshop-cleared' });
  });
});

describe('the fake tool is not a site tool', () => {
  it('a file of it is refused by a page that only knows the site’s tools', () => {
    const file = exportJson(envelopeOf<DemoData>(demoTool, { answers: {}, budget: null, comment: '' }));
    const outcome = importResult(file, { expectedTool: auditTool, lang: 'en' });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors[0]?.code).toBe('unknown-tool');
    expect(importResult(file, { expectedTool: demoTool, lang: 'en' }).ok).toBe(true);
  });
});
