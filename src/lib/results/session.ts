import type { ResultEnvelope } from './envelope';
import type { ResultError } from './errors';
import { createDebouncer, type Debouncer, type TimerLike } from './debounce';
import { deepEqual } from './deep-equal';
import { isoNow, randomResultId } from './ids';
import { makeEnvelope } from './envelope';
import { needsConfirmation } from './import';
import { parseStorageKey } from './keys';
import { merge3 } from './merge3';
import type { StorageLike } from './storage';
import { byUpdatedDesc, ResultStore, summarize, type BasedOn, type PersistenceStatus, type ResultSummary, type StoredResult } from './store';
import type { ToolDefinition } from './tool-definition';
import type { Lang } from './types';
import { resultsChangedSince } from './workshop';

/**
 * One tool's working session over its saved results, as a plain object: the open result, autosave,
 * the saved list and the bin, conflicts with other tabs, copies of shared or imported results and
 * workshop mode. No framework and no browser globals: storage, timers, the page's events and the
 * workshop switch are handed in, so the same object runs under React and in unit tests.
 */

export const AUTOSAVE_DELAY_MS = 500;

/** loading: before `start` (and during server rendering). */
export type SaveState = 'loading' | 'saved' | 'pending' | 'conflict' | 'invalid';

/** What the session tells the reader; the edge turns it into words in the reader's language. */
export type SessionMessage =
  | { readonly code: 'opened' | 'renamed' | 'deleted' | 'restored'; readonly title: string }
  /** `title` is the copy's (already worded) title. */
  | { readonly code: 'duplicated'; readonly title: string }
  | { readonly code: 'not-found' | 'external-update' | 'workshop-cleared' | 'conflict-reloaded' | 'conflict-kept' }
  /** The open result cannot be saved: the first of its problems. */
  | { readonly code: 'invalid'; readonly errors: readonly ResultError[] }
  /** Words the tool already chose (`announce`). */
  | { readonly code: 'text'; readonly text: string };

export interface SessionNotice {
  readonly message: SessionMessage;
  /** Changes with every notice, so the same words are announced again. */
  readonly seq: number;
}

/** An action waiting for the reader's word: opening another result would discard unsavable edits. */
export interface PendingConfirmation {
  readonly kind: 'replace-unsaved';
  readonly seq: number;
}

export interface SessionSnapshot<TData> {
  readonly envelope: ResultEnvelope<TData> | null;
  readonly saveState: SaveState;
  readonly persistence: PersistenceStatus;
  /** The other tab's version while a conflict is open. */
  readonly conflict: StoredResult<TData> | null;
  /**
   * The saved results a panel may list. In workshop mode, only the participants' (changed since the
   * workshop began): a result saved before it, such as a board's confidential audit, is never shown
   * on the room's screen.
   */
  readonly results: readonly ResultSummary[];
  /** Deleted during this visit, still restorable. */
  readonly deleted: readonly ResultSummary[];
  readonly corruptedCount: number;
  readonly notice: SessionNotice | null;
  readonly pending: PendingConfirmation | null;
  /** The workshop's start while workshop mode is on, else null. */
  readonly workshop: string | null;
}

/** What the page tells the session: another tab changed storage (key null: cleared), the page is being hidden. */
export interface SessionEventHandlers {
  readonly storage: (key: string | null) => void;
  readonly hide: () => void;
}

export interface SessionEvents {
  subscribe(handlers: SessionEventHandlers): () => void;
}

/** Workshop mode as one switch for the whole site: its start time, or null. */
export interface WorkshopSource {
  read(): string | null;
  subscribe(listener: () => void): () => void;
}

export interface SessionOptions<TData> {
  readonly tool: ToolDefinition<TData>;
  /** window.localStorage or a stand-in; null when it cannot even be reached. */
  readonly storage: StorageLike | null;
  readonly lang: Lang;
  readonly timers: TimerLike<unknown>;
  readonly events?: SessionEvents | undefined;
  readonly workshop?: WorkshopSource | undefined;
  /** The title of a duplicate, in the reader's language (e.g. "… (copie)"); `title` is the source's, never empty. */
  readonly copyTitle: (title: string) => string;
  /** Title shown for a result without one (used to word a duplicate's title). */
  readonly untitled: string;
  readonly autosaveDelayMs?: number | undefined;
  readonly now?: (() => string) | undefined;
  readonly newId?: (() => string) | undefined;
  readonly newWriteId?: (() => string) | undefined;
}

export interface ResultSessionCore<TData> {
  readonly tool: ToolDefinition<TData>;
  readonly lang: Lang;
  subscribe(listener: () => void): () => void;
  /** The same object until something changes. */
  getSnapshot(): SessionSnapshot<TData>;
  /** Reads storage, opens the last result (or a new one) and listens to the page; `stop` undoes it. */
  start(): void;
  /** Saves pending edits and stops listening. */
  stop(): void;
  announce(text: string): void;
  update(change: (envelope: ResultEnvelope<TData>) => ResultEnvelope<TData>): void;
  updateData(change: (data: TData) => TData): void;
  /** The latest saved version of a result (the open one as edited), without opening it. */
  read(id: string): ResultEnvelope<TData> | undefined;
  /** False when the result is gone; true when opened or waiting for confirmation (see `pending`). */
  open(id: string): boolean;
  createNew(): void;
  /** A new result holding `data` (an example, a merge), saved and opened at once. */
  addNew(input: { readonly data: TData; readonly title?: string | undefined }): ResultEnvelope<TData> | null;
  /**
   * Workshop mode: removes for good (past the bin) the open result and every result changed since
   * `since` (the workshop's start), then starts a blank one. Results older than the workshop stay.
   */
  nextParticipant(since: string): void;
  rename(id: string, title: string): boolean;
  duplicate(id: string): void;
  remove(id: string): void;
  undoDelete(id: string): void;
  /** Saves results read from files as new results; opens the last one. */
  addResults(envelopes: readonly ResultEnvelope<TData>[]): ResultEnvelope<TData>[];
  /** Saves a copy of a shared or imported result as a new result; with `open`, it becomes the open result. */
  keepCopy(envelope: ResultEnvelope<TData>, options?: { readonly open?: boolean }): ResultEnvelope<TData> | null;
  reloadTheirs(): void;
  keepMine(): void;
  saveNow(): void;
  /** Runs the action waiting for confirmation (unsaved edits are discarded). */
  confirmPending(): void;
  /** Drops the action waiting for confirmation; the open result stays as it is. */
  cancelPending(): void;
}

const LOADING_PERSISTENCE: PersistenceStatus = { persistent: true };

function visibleResults(results: readonly ResultSummary[], workshop: string | null): readonly ResultSummary[] {
  if (workshop === null) return results;
  const participants = new Set(resultsChangedSince(results, workshop));
  return results.filter((summary) => participants.has(summary.id));
}

export function createSession<TData>(options: SessionOptions<TData>): ResultSessionCore<TData> {
  const { tool, lang } = options;
  const store = new ResultStore<TData>({
    tool,
    storage: options.storage,
    lang,
    ...(options.now ? { now: options.now } : {}),
    ...(options.newId ? { newId: options.newId } : {}),
    ...(options.newWriteId ? { newWriteId: options.newWriteId } : {}),
  });
  const now = options.now ?? isoNow;
  const newId = options.newId ?? (() => randomResultId());
  const debouncer: Debouncer = createDebouncer(options.timers, options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS);
  const listeners = new Set<() => void>();

  // The open result and how it relates to storage.
  let envelope: ResultEnvelope<TData> | null = null;
  /** The stored revision the open result is based on (number and write token). */
  let based: BasedOn = { rev: 0 };
  /** That revision's content: the common version when merging with another tab's edits. */
  let base: ResultEnvelope<TData> | null = null;
  /** The revision our last save was based on, and the token of that save: if another tab wrote the same
   * revision number over it, our save is lost and this is the common version to merge from. */
  let ancestor: ResultEnvelope<TData> | null = null;
  let ownWrite: string | undefined;
  /** The common version for "keep my version" while a conflict is open. */
  let conflictBase: ResultEnvelope<TData> | null = null;
  let dirty = false;
  let saveState: SaveState = 'loading';
  let conflict: StoredResult<TData> | null = null;
  // The saved list, read from storage once per change (not on every autosave).
  let allResults: readonly ResultSummary[] = [];
  let deleted: readonly ResultSummary[] = [];
  let corruptedCount = 0;
  let persistence: PersistenceStatus = LOADING_PERSISTENCE;
  let notice: SessionNotice | null = null;
  let pending: (PendingConfirmation & { readonly run: () => void }) | null = null;
  let workshop: string | null = options.workshop?.read() ?? null;
  let seq = 0;
  let stopListening: (() => void) | null = null;

  let visible: readonly ResultSummary[] = [];
  let visibleFrom: { results: readonly ResultSummary[]; workshop: string | null } | null = null;
  let snapshot: SessionSnapshot<TData> = build();

  function build(): SessionSnapshot<TData> {
    if (!visibleFrom || visibleFrom.results !== allResults || visibleFrom.workshop !== workshop) {
      visible = visibleResults(allResults, workshop);
      visibleFrom = { results: allResults, workshop };
    }
    return {
      envelope,
      saveState,
      persistence,
      conflict,
      results: visible,
      deleted,
      corruptedCount,
      notice,
      pending: pending ? { kind: pending.kind, seq: pending.seq } : null,
      workshop,
    };
  }

  /** Publishes a new snapshot when any field changed. */
  function emit(): void {
    const next = build();
    const keys = Object.keys(next) as (keyof SessionSnapshot<TData>)[];
    const same = keys.every((key) => key === 'pending' ? next.pending?.seq === snapshot.pending?.seq : next[key] === snapshot[key]);
    if (same) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  function say(message: SessionMessage): void {
    seq += 1;
    notice = { message, seq };
  }

  function refreshLists(): void {
    const lists = store.lists();
    allResults = lists.live;
    deleted = lists.deleted;
    corruptedCount = store.corrupted().length;
    persistence = store.status();
  }

  /** After our own write of one result: its summary changes, nothing else needs reading. */
  function patchList(stored: StoredResult<TData>): void {
    const summary = summarize(stored);
    allResults = [...allResults.filter((item) => item.id !== summary.id), summary].sort(byUpdatedDesc);
    persistence = store.status();
  }

  function show(stored: StoredResult<TData>): void {
    envelope = stored.envelope;
    based = { rev: stored.rev, write: stored.write };
    base = stored.envelope;
    ancestor = stored.envelope;
    ownWrite = undefined;
    conflictBase = null;
    dirty = false;
    conflict = null;
    saveState = 'saved';
    store.setCurrentId(stored.envelope.id);
  }

  function persist(): void {
    const current = envelope;
    if (!current || !dirty) return;
    const outcome = store.save(current, { expectedRev: based.rev, expectedWrite: based.write });
    if (outcome.ok) {
      ancestor = base;
      base = outcome.stored.envelope;
      based = { rev: outcome.stored.rev, write: outcome.stored.write };
      ownWrite = outcome.stored.write;
      dirty = false;
      envelope = outcome.stored.envelope;
      conflict = null;
      saveState = 'saved';
      if (outcome.status.persistent) store.flushPending(); // storage works again: write what only lived in memory
      patchList(outcome.stored);
    } else if (outcome.reason === 'conflict') {
      conflictBase = base;
      conflict = outcome.theirs;
      saveState = 'conflict';
    } else if (outcome.reason === 'invalid') {
      saveState = 'invalid';
      say({ code: 'invalid', errors: outcome.errors });
    }
    emit();
  }

  /**
   * Saves pending edits now, then runs `action` at once, or, when it would discard edits that cannot
   * be saved (a conflict, an invalid result), only once the reader confirms.
   */
  function settle(incoming: ResultEnvelope<TData> | null, action: () => void): void {
    debouncer.flush();
    const unsavable = saveState === 'conflict' || saveState === 'invalid';
    const current = unsavable ? envelope : null;
    if (!current || (incoming && !needsConfirmation(current, incoming))) {
      pending = null;
      action();
      return;
    }
    seq += 1;
    pending = { kind: 'replace-unsaved', seq, run: action };
  }

  /** Opens the most recent saved result, or a new one; the lists are read once, here. */
  function openNextOrNew(): void {
    refreshLists();
    const next = allResults[0];
    const stored = next ? store.get(next.id) : undefined;
    const created = stored ? undefined : store.create({ lang });
    if (stored) show(stored);
    else if (created?.ok) {
      show(created.stored);
      patchList(created.stored);
    }
  }

  function onStorage(key: string | null): void {
    const parsed = parseStorageKey(key, tool.id);
    if (key !== null && parsed?.tool !== tool.id) return;
    refreshLists();
    const open = envelope;
    if (!open || (parsed && !(parsed.kind === 'result' && parsed.id === open.id))) {
      emit();
      return;
    }
    const theirs = store.get(open.id, { includeDeleted: true });
    if (theirs && !(theirs.rev === based.rev && theirs.write === based.write)) {
      // The same revision number from another write: both tabs saved within a few milliseconds and
      // the other tab's write replaced ours. Our last save is lost from storage: never say "Saved".
      const overwritten = theirs.rev === based.rev && based.write !== undefined && based.write === ownWrite;
      if (overwritten || dirty || saveState === 'conflict' || theirs.deletedAt !== undefined) {
        if (saveState !== 'conflict') conflictBase = overwritten ? ancestor : base;
        conflict = theirs;
        saveState = 'conflict';
      } else {
        show(theirs);
        say({ code: 'external-update' });
      }
    }
    emit();
  }

  function onWorkshop(): void {
    workshop = options.workshop?.read() ?? null;
    emit();
  }

  const session: ResultSessionCore<TData> = {
    tool,
    lang,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,

    start() {
      if (stopListening) return;
      store.purgeDeleted(); // the bin only lasts one visit
      const currentId = store.getCurrentId();
      const current = currentId ? store.get(currentId) : undefined;
      if (current) {
        show(current);
        refreshLists();
      } else openNextOrNew();
      workshop = options.workshop?.read() ?? null;
      const unsubscribeEvents = options.events?.subscribe({ storage: onStorage, hide: () => debouncer.flush() });
      const unsubscribeWorkshop = options.workshop?.subscribe(onWorkshop);
      stopListening = () => {
        unsubscribeEvents?.();
        unsubscribeWorkshop?.();
      };
      emit();
    },

    stop() {
      debouncer.flush();
      stopListening?.();
      stopListening = null;
    },

    announce(text) {
      say({ code: 'text', text });
      emit();
    },

    update(change) {
      const current = envelope;
      if (!current) return;
      const next = change(current);
      // An edit that changes nothing (a component re-applying what is there) is no edit: no save,
      // and the result keeps its date (a new date would change its share link and printed QR code).
      if (deepEqual(next, current)) return;
      envelope = next;
      dirty = true;
      if (saveState !== 'conflict') saveState = 'pending';
      debouncer.schedule(persist);
      emit();
    },

    updateData(change) {
      session.update((current) => ({ ...current, data: change(current.data) }));
    },

    read(id) {
      if (envelope?.id === id) return envelope;
      return store.get(id)?.envelope;
    },

    open(id) {
      const target = store.get(id);
      if (!target) {
        say({ code: 'not-found' });
        refreshLists();
        emit();
        return false;
      }
      settle(target.envelope, () => {
        show(target);
        refreshLists();
        say({ code: 'opened', title: target.envelope.title });
      });
      emit();
      return true;
    },

    createNew() {
      settle(null, () => {
        const created = store.create({ lang });
        if (created.ok) show(created.stored);
        refreshLists();
      });
      emit();
    },

    addNew({ data, title }) {
      const incoming = makeEnvelope({ tool: tool.id, schemaVersion: tool.schemaVersion, data, lang, id: newId(), now: now(), title });
      return session.addResults([incoming])[0] ?? null;
    },

    nextParticipant(since) {
      debouncer.flush();
      const current = envelope;
      const lists = store.lists();
      const touched = resultsChangedSince([...lists.live, ...lists.deleted], since);
      // Straight past the bin: nothing of the previous participant stays to be restored.
      for (const id of new Set([...(current ? [current.id] : []), ...touched])) {
        if (!store.get(id, { includeDeleted: true })?.deletedAt) store.delete(id);
        store.purge(id);
      }
      const created = store.create({ lang });
      if (created.ok) show(created.stored);
      pending = null;
      refreshLists();
      say({ code: 'workshop-cleared' });
      emit();
    },

    rename(id, title) {
      debouncer.flush();
      const outcome = store.rename(id, title);
      if (!outcome.ok) {
        emit();
        return false;
      }
      if (envelope?.id === id && saveState !== 'conflict') show(outcome.stored);
      refreshLists();
      say({ code: 'renamed', title });
      emit();
      return true;
    },

    duplicate(id) {
      const source = store.get(id);
      if (!source) return;
      debouncer.flush();
      const title = options.copyTitle(source.envelope.title.trim() || options.untitled);
      const outcome = store.duplicate(id, title);
      refreshLists();
      if (outcome.ok) say({ code: 'duplicated', title });
      emit();
    },

    remove(id) {
      debouncer.flush();
      const outcome = store.delete(id);
      if (!outcome.ok) {
        emit();
        return;
      }
      if (envelope?.id === id) openNextOrNew();
      else refreshLists();
      say({ code: 'deleted', title: outcome.stored.envelope.title });
      emit();
    },

    undoDelete(id) {
      const outcome = store.restore(id);
      if (!outcome.ok) return;
      refreshLists();
      say({ code: 'restored', title: outcome.stored.envelope.title });
      emit();
    },

    addResults(envelopes) {
      if (envelopes.length === 0) return [];
      const added: StoredResult<TData>[] = [];
      for (const incoming of envelopes) {
        const outcome = store.add(incoming);
        if (outcome.ok) added.push(outcome.stored);
      }
      const last = added[added.length - 1];
      if (last) settle(last.envelope, () => show(last));
      refreshLists();
      emit();
      return added.map((stored) => stored.envelope);
    },

    keepCopy(incoming, copyOptions = {}) {
      const outcome = store.add(incoming);
      if (outcome.ok && copyOptions.open) {
        const stored = outcome.stored;
        settle(stored.envelope, () => show(stored));
      }
      refreshLists();
      emit();
      return outcome.ok ? outcome.stored.envelope : null;
    },

    reloadTheirs() {
      const theirs = conflict;
      if (!theirs) return;
      if (theirs.deletedAt === undefined) {
        show(theirs);
        refreshLists();
      } else openNextOrNew();
      say({ code: 'conflict-reloaded' });
      emit();
    },

    keepMine() {
      const theirs = conflict;
      const mine = envelope;
      if (!theirs || !mine) return;
      // Keep my changes, and the other tab's changes to everything I did not change (three-way merge
      // from our common version); where we both changed the same answer, mine wins.
      const merged =
        conflictBase && theirs.deletedAt === undefined
          ? ({ ...(merge3(conflictBase, mine, theirs.envelope) as ResultEnvelope<TData>), id: mine.id } as ResultEnvelope<TData>)
          : mine;
      const basedOnTheirs = { expectedRev: theirs.rev, expectedWrite: theirs.write };
      let outcome = store.save(merged, basedOnTheirs);
      // A merge the schema refuses (it should not happen) falls back to my version as it stands.
      if (!outcome.ok && outcome.reason === 'invalid' && merged !== mine) outcome = store.save(mine, basedOnTheirs);
      if (outcome.ok) {
        show(outcome.stored);
        refreshLists();
        say({ code: 'conflict-kept' });
      } else if (outcome.reason === 'conflict') {
        conflict = outcome.theirs;
      }
      emit();
    },

    saveNow() {
      debouncer.flush();
    },

    confirmPending() {
      const waiting = pending;
      pending = null;
      waiting?.run();
      emit();
    },

    cancelPending() {
      pending = null;
      emit();
    },
  };
  return session;
}
