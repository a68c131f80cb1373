import { useCallback, useEffect, useMemo, useRef, useState, startTransition } from 'react';
import {
  createDebouncer,
  formatErrorSummary,
  merge3,
  needsConfirmation,
  parseStorageKey,
  ResultStore,
  resultsChangedSince,
  type BasedOn,
  type Debouncer,
  type Lang,
  type PersistenceStatus,
  type ResultEnvelope,
  type ResultSummary,
  type StoredResult,
  type ToolDefinition,
} from '../../lib/results/index';
import { resultsText, t } from './deps';
import { getLocalStorage, windowTimers } from './browser';
import { useWorkshopMode } from './useWorkshopMode';

export const AUTOSAVE_DELAY_MS = 500;

/** loading: before the browser store is ready (and during server rendering). */
export type SaveState = 'loading' | 'saved' | 'pending' | 'conflict' | 'invalid';

export interface Notice {
  readonly text: string;
  /** Changes with every notice, so the same text is announced again. */
  readonly seq: number;
}

export interface ResultSession<TData> {
  readonly tool: ToolDefinition<TData>;
  readonly lang: Lang;
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
  readonly notice: Notice | null;
  announce(text: string): void;
  update(change: (envelope: ResultEnvelope<TData>) => ResultEnvelope<TData>): void;
  updateData(change: (data: TData) => TData): void;
  open(id: string): boolean;
  createNew(): void;
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
}

const displayTitle = (title: string, lang: Lang): string => title.trim() || t(lang, 'ui.untitled');

/**
 * The saved results of one tool, for React: wraps the pure ResultStore around
 * window.localStorage, autosaves after 500 ms of quiet, and watches other tabs.
 */
export function useResultStore<TData>(tool: ToolDefinition<TData>, lang: Lang): ResultSession<TData> {
  const storeRef = useRef<ResultStore<TData> | null>(null);
  const debouncerRef = useRef<Debouncer | null>(null);
  const envelopeRef = useRef<ResultEnvelope<TData> | null>(null);
  /** The stored revision the open result is based on (number and write token). */
  const basedRef = useRef<BasedOn>({ rev: 0 });
  /** That revision's content: the common version when merging with another tab's edits. */
  const baseRef = useRef<ResultEnvelope<TData> | null>(null);
  /** The revision our last save was based on, and the token of that save: if another tab wrote the same
   * revision number over it, our save is lost and this is the common version to merge from. */
  const ancestorRef = useRef<ResultEnvelope<TData> | null>(null);
  const ownWriteRef = useRef<string | undefined>(undefined);
  /** The common version for "keep my version" while a conflict is open. */
  const conflictBaseRef = useRef<ResultEnvelope<TData> | null>(null);
  const dirtyRef = useRef(false);
  const stateRef = useRef<SaveState>('loading');
  const conflictRef = useRef<StoredResult<TData> | null>(null);
  const seqRef = useRef(0);

  const [envelope, setEnvelope] = useState<ResultEnvelope<TData> | null>(null);
  const [saveState, setSaveStateRaw] = useState<SaveState>('loading');
  const [persistence, setPersistence] = useState<PersistenceStatus>({ persistent: true });
  const [conflict, setConflictRaw] = useState<StoredResult<TData> | null>(null);
  const [results, setResults] = useState<readonly ResultSummary[]>([]);
  const [deleted, setDeleted] = useState<readonly ResultSummary[]>([]);
  const [corruptedCount, setCorruptedCount] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);

  const setSaveState = useCallback((state: SaveState) => {
    stateRef.current = state;
    setSaveStateRaw(state);
  }, []);
  const setConflict = useCallback((theirs: StoredResult<TData> | null) => {
    conflictRef.current = theirs;
    setConflictRaw(theirs);
  }, []);
  const announce = useCallback((text: string) => {
    seqRef.current += 1;
    setNotice({ text, seq: seqRef.current });
  }, []);

  const refreshLists = useCallback(() => {
    const store = storeRef.current;
    if (!store) return;
    setResults(store.list());
    setDeleted(store.listDeleted());
    setCorruptedCount(store.corrupted().length);
    setPersistence(store.status());
  }, []);

  const show = useCallback(
    (stored: StoredResult<TData>) => {
      envelopeRef.current = stored.envelope;
      basedRef.current = { rev: stored.rev, write: stored.write };
      baseRef.current = stored.envelope;
      ancestorRef.current = stored.envelope;
      ownWriteRef.current = undefined;
      conflictBaseRef.current = null;
      dirtyRef.current = false;
      setEnvelope(stored.envelope);
      setConflict(null);
      setSaveState('saved');
      storeRef.current?.setCurrentId(stored.envelope.id);
    },
    [setConflict, setSaveState],
  );

  const persist = useCallback(() => {
    const store = storeRef.current;
    const current = envelopeRef.current;
    if (!store || !current || !dirtyRef.current) return;
    const outcome = store.save(current, { expectedRev: basedRef.current.rev, expectedWrite: basedRef.current.write });
    if (outcome.ok) {
      ancestorRef.current = baseRef.current;
      baseRef.current = outcome.stored.envelope;
      basedRef.current = { rev: outcome.stored.rev, write: outcome.stored.write };
      ownWriteRef.current = outcome.stored.write;
      dirtyRef.current = false;
      envelopeRef.current = outcome.stored.envelope;
      setEnvelope(outcome.stored.envelope);
      setConflict(null);
      setSaveState('saved');
      if (outcome.status.persistent) store.flushPending(); // storage works again: write what only lived in memory
      refreshLists();
    } else if (outcome.reason === 'conflict') {
      conflictBaseRef.current = baseRef.current;
      setConflict(outcome.theirs);
      setSaveState('conflict');
    } else if (outcome.reason === 'invalid') {
      setSaveState('invalid');
      announce(formatErrorSummary(outcome.errors, resultsText(lang)));
    }
  }, [announce, lang, refreshLists, setConflict, setSaveState]);

  /** Saves pending edits now; true when nothing unsavable would be lost by switching result. */
  const settle = useCallback(
    (incoming: ResultEnvelope<TData> | null): boolean => {
      debouncerRef.current?.flush();
      const unsavable = stateRef.current === 'conflict' || stateRef.current === 'invalid';
      const current = unsavable ? envelopeRef.current : null;
      if (!current || (incoming && !needsConfirmation(current, incoming))) return true;
      return window.confirm(t(lang, 'ui.confirm.replaceUnsaved'));
    },
    [lang],
  );

  const openNextOrNew = useCallback(() => {
    const store = storeRef.current;
    if (!store) return;
    const next = store.list()[0];
    const stored = next ? store.get(next.id) : undefined;
    const created = stored ? undefined : store.create({ lang });
    if (stored) show(stored);
    else if (created?.ok) show(created.stored);
    refreshLists();
  }, [lang, refreshLists, show]);

  useEffect(() => {
    const store = new ResultStore<TData>({ tool, storage: getLocalStorage(), lang });
    const debouncer = createDebouncer(windowTimers, AUTOSAVE_DELAY_MS);
    storeRef.current = store;
    debouncerRef.current = debouncer;
    store.purgeDeleted(); // the bin only lasts one visit
    const currentId = store.getCurrentId();
    const current = currentId ? store.get(currentId) : undefined;
    // The first render of a whole tool is large: as a transition React renders it in slices and
    // keeps the page responsive (one long task otherwise, ~1.5 s on a throttled phone).
    startTransition(() => {
      if (current) show(current);
      else openNextOrNew();
      refreshLists();
    });

    const onStorage = (event: StorageEvent): void => {
      const key = parseStorageKey(event.key);
      if (event.key !== null && key?.tool !== tool.id) return;
      refreshLists();
      const open = envelopeRef.current;
      if (!open || (key && !(key.kind === 'result' && key.id === open.id))) return;
      const theirs = store.get(open.id, { includeDeleted: true });
      const based = basedRef.current;
      if (!theirs || (theirs.rev === based.rev && theirs.write === based.write)) return;
      // The same revision number from another write: both tabs saved within a few milliseconds and
      // the other tab's write replaced ours. Our last save is lost from storage: never say "Saved".
      const overwritten = theirs.rev === based.rev && based.write !== undefined && based.write === ownWriteRef.current;
      if (overwritten || dirtyRef.current || stateRef.current === 'conflict' || theirs.deletedAt !== undefined) {
        if (stateRef.current !== 'conflict') conflictBaseRef.current = overwritten ? ancestorRef.current : baseRef.current;
        setConflict(theirs);
        setSaveState('conflict');
      } else {
        show(theirs);
        announce(t(lang, 'ui.externalUpdate'));
      }
    };
    const onHide = (): void => debouncer.flush();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') debouncer.flush();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      debouncer.flush();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      storeRef.current = null;
      debouncerRef.current = null;
    };
  }, [tool, lang, announce, openNextOrNew, refreshLists, setConflict, setSaveState, show]);

  const update = useCallback(
    (change: (envelope: ResultEnvelope<TData>) => ResultEnvelope<TData>) => {
      const current = envelopeRef.current;
      if (!current) return;
      const next = change(current);
      envelopeRef.current = next;
      dirtyRef.current = true;
      setEnvelope(next);
      if (stateRef.current !== 'conflict') setSaveState('pending');
      debouncerRef.current?.schedule(persist);
    },
    [persist, setSaveState],
  );

  const updateData = useCallback(
    (change: (data: TData) => TData) => update((current) => ({ ...current, data: change(current.data) })),
    [update],
  );

  const open = useCallback(
    (id: string): boolean => {
      const store = storeRef.current;
      const target = store?.get(id);
      if (!store || !target) {
        announce(t(lang, 'err.not-found'));
        refreshLists();
        return false;
      }
      if (!settle(target.envelope)) return false;
      show(target);
      refreshLists();
      announce(t(lang, 'ui.list.opened', { title: displayTitle(target.envelope.title, lang) }));
      return true;
    },
    [announce, lang, refreshLists, settle, show],
  );

  const createNew = useCallback(() => {
    const store = storeRef.current;
    if (!store || !settle(null)) return;
    const created = store.create({ lang });
    if (created.ok) show(created.stored);
    refreshLists();
  }, [lang, refreshLists, settle, show]);

  const nextParticipant = useCallback((since: string) => {
    const store = storeRef.current;
    if (!store) return;
    debouncerRef.current?.flush();
    const current = envelopeRef.current;
    const touched = resultsChangedSince([...store.list(), ...store.listDeleted()], since);
    // Straight past the bin: nothing of the previous participant stays to be restored.
    for (const id of new Set([...(current ? [current.id] : []), ...touched])) {
      if (!store.get(id, { includeDeleted: true })?.deletedAt) store.delete(id);
      store.purge(id);
    }
    const created = store.create({ lang });
    if (created.ok) show(created.stored);
    refreshLists();
    announce(t(lang, 'ui.workshop.cleared'));
  }, [announce, lang, refreshLists, show]);

  const rename = useCallback(
    (id: string, title: string): boolean => {
      const store = storeRef.current;
      if (!store) return false;
      debouncerRef.current?.flush();
      const outcome = store.rename(id, title);
      if (!outcome.ok) return false;
      if (envelopeRef.current?.id === id && stateRef.current !== 'conflict') show(outcome.stored);
      refreshLists();
      announce(t(lang, 'ui.list.renamed', { title: displayTitle(title, lang) }));
      return true;
    },
    [announce, lang, refreshLists, show],
  );

  const duplicate = useCallback(
    (id: string) => {
      const store = storeRef.current;
      const source = store?.get(id);
      if (!store || !source) return;
      debouncerRef.current?.flush();
      const title = t(lang, 'ui.list.copyTitle', { title: displayTitle(source.envelope.title, lang) });
      const outcome = store.duplicate(id, title);
      refreshLists();
      if (outcome.ok) announce(t(lang, 'ui.list.duplicated', { title }));
    },
    [announce, lang, refreshLists],
  );

  const remove = useCallback(
    (id: string) => {
      const store = storeRef.current;
      if (!store) return;
      debouncerRef.current?.flush();
      const outcome = store.delete(id);
      if (!outcome.ok) return;
      if (envelopeRef.current?.id === id) openNextOrNew();
      refreshLists();
      announce(t(lang, 'ui.list.deleted', { title: displayTitle(outcome.stored.envelope.title, lang) }));
    },
    [announce, lang, openNextOrNew, refreshLists],
  );

  const undoDelete = useCallback(
    (id: string) => {
      const store = storeRef.current;
      const outcome = store?.restore(id);
      if (!outcome?.ok) return;
      refreshLists();
      announce(t(lang, 'ui.list.restored', { title: displayTitle(outcome.stored.envelope.title, lang) }));
    },
    [announce, lang, refreshLists],
  );

  const addResults = useCallback(
    (envelopes: readonly ResultEnvelope<TData>[]): ResultEnvelope<TData>[] => {
      const store = storeRef.current;
      if (!store || envelopes.length === 0) return [];
      const added: StoredResult<TData>[] = [];
      for (const incoming of envelopes) {
        const outcome = store.add(incoming);
        if (outcome.ok) added.push(outcome.stored);
      }
      const last = added[added.length - 1];
      if (last && settle(last.envelope)) show(last);
      refreshLists();
      return added.map((stored) => stored.envelope);
    },
    [refreshLists, settle, show],
  );

  const keepCopy = useCallback(
    (incoming: ResultEnvelope<TData>, options: { readonly open?: boolean } = {}): ResultEnvelope<TData> | null => {
      const outcome = storeRef.current?.add(incoming);
      if (outcome?.ok && options.open && settle(outcome.stored.envelope)) show(outcome.stored);
      refreshLists();
      return outcome?.ok ? outcome.stored.envelope : null;
    },
    [refreshLists, settle, show],
  );

  const reloadTheirs = useCallback(() => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    if (theirs.deletedAt === undefined) show(theirs);
    else openNextOrNew();
    refreshLists();
    announce(t(lang, 'ui.conflict.reloaded'));
  }, [announce, lang, openNextOrNew, refreshLists, show]);

  const keepMine = useCallback(() => {
    const store = storeRef.current;
    const theirs = conflictRef.current;
    const mine = envelopeRef.current;
    if (!store || !theirs || !mine) return;
    // Keep my changes, and the other tab's changes to everything I did not change (three-way merge
    // from our common version); where we both changed the same answer, mine wins.
    const base = conflictBaseRef.current;
    const merged =
      base && theirs.deletedAt === undefined
        ? ({ ...(merge3(base, mine, theirs.envelope) as ResultEnvelope<TData>), id: mine.id } as ResultEnvelope<TData>)
        : mine;
    const basedOnTheirs = { expectedRev: theirs.rev, expectedWrite: theirs.write };
    let outcome = store.save(merged, basedOnTheirs);
    // A merge the schema refuses (it should not happen) falls back to my version as it stands.
    if (!outcome.ok && outcome.reason === 'invalid' && merged !== mine) outcome = store.save(mine, basedOnTheirs);
    if (outcome.ok) {
      show(outcome.stored);
      refreshLists();
      announce(t(lang, 'ui.conflict.kept'));
    } else if (outcome.reason === 'conflict') {
      setConflict(outcome.theirs);
    }
  }, [announce, lang, refreshLists, setConflict, show]);

  const saveNow = useCallback(() => debouncerRef.current?.flush(), []);

  const [workshop] = useWorkshopMode();
  const visible = useMemo(() => {
    if (workshop === null) return results;
    const participants = new Set(resultsChangedSince(results, workshop));
    return results.filter((summary) => participants.has(summary.id));
  }, [results, workshop]);

  return {
    tool,
    lang,
    envelope,
    saveState,
    persistence,
    conflict,
    results: visible,
    deleted,
    corruptedCount,
    notice,
    announce,
    update,
    updateData,
    open,
    createNew,
    nextParticipant,
    rename,
    duplicate,
    remove,
    undoDelete,
    addResults,
    keepCopy,
    reloadTheirs,
    keepMine,
    saveNow,
  };
}
