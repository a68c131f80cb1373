import { useEffect, useMemo, useState, useSyncExternalStore, startTransition } from 'react';
import {
  createSession,
  formatErrorSummary,
  type Lang,
  type ResultSessionCore,
  type SessionMessage,
  type SessionSnapshot,
  type ToolDefinition,
} from '../../lib/results/index';
import { resultsText, t } from './deps';
import { getLocalStorage, windowSessionEvents, windowTimers } from './browser';
import { workshopSource } from './useWorkshopMode';

export type { SaveState } from '../../lib/results/index';

export interface Notice {
  readonly text: string;
  /** Changes with every notice, so the same text is announced again. */
  readonly seq: number;
}

/** The session as the components read it: the snapshot's fields in words, and the session's methods. */
export interface ResultSession<TData>
  extends Omit<ResultSessionCore<TData>, 'subscribe' | 'getSnapshot' | 'start' | 'stop'>,
    Omit<SessionSnapshot<TData>, 'notice' | 'workshop'> {
  /** The snapshot's notice in the reader's words. */
  readonly notice: Notice | null;
}

const displayTitle = (title: string, lang: Lang): string => title.trim() || t(lang, 'ui.untitled');

/** The words of a session message in the reader's language. */
export function messageText(message: SessionMessage, lang: Lang): string {
  switch (message.code) {
    case 'text':
      return message.text;
    case 'invalid':
      return formatErrorSummary(message.errors, resultsText(lang));
    case 'opened':
      return t(lang, 'ui.list.opened', { title: displayTitle(message.title, lang) });
    case 'renamed':
      return t(lang, 'ui.list.renamed', { title: displayTitle(message.title, lang) });
    case 'deleted':
      return t(lang, 'ui.list.deleted', { title: displayTitle(message.title, lang) });
    case 'restored':
      return t(lang, 'ui.list.restored', { title: displayTitle(message.title, lang) });
    case 'duplicated':
      return t(lang, 'ui.list.duplicated', { title: message.title });
    case 'not-found':
      return t(lang, 'err.not-found');
    case 'external-update':
      return t(lang, 'ui.externalUpdate');
    case 'workshop-cleared':
      return t(lang, 'ui.workshop.cleared');
    case 'conflict-reloaded':
      return t(lang, 'ui.conflict.reloaded');
    case 'conflict-kept':
      return t(lang, 'ui.conflict.kept');
  }
}

/**
 * The saved results of one tool, for React: a thin adapter over the session of src/lib/results
 * (window.localStorage, window timers, the page's storage and pagehide events, the site's workshop
 * switch), read with useSyncExternalStore.
 */
export function useResultStore<TData>(tool: ToolDefinition<TData>, lang: Lang): ResultSession<TData> {
  const core = useMemo(
    () =>
      createSession<TData>({
        tool,
        lang,
        storage: getLocalStorage(),
        timers: windowTimers,
        events: windowSessionEvents,
        workshop: workshopSource,
        copyTitle: (title) => t(lang, 'ui.list.copyTitle', { title }),
        untitled: t(lang, 'ui.untitled'),
      }),
    [tool, lang],
  );
  const [started, setStarted] = useState<ResultSessionCore<TData> | null>(null);
  const initial = useMemo(() => core.getSnapshot(), [core]);
  const latest = useSyncExternalStore(core.subscribe, core.getSnapshot, () => initial);
  // The first render of a whole tool is large: as a transition React renders it in slices and keeps
  // the page responsive (one long task otherwise, ~1.5 s on a throttled phone). Until then the tool
  // sees the session as it was before storage was read.
  const snapshot: SessionSnapshot<TData> = started === core ? latest : initial;

  useEffect(() => {
    core.start();
    startTransition(() => setStarted(core));
    return () => core.stop();
  }, [core]);

  const { notice } = snapshot;
  const text = useMemo<Notice | null>(() => (notice ? { text: messageText(notice.message, lang), seq: notice.seq } : null), [notice, lang]);

  return useMemo(
    () => ({
      tool: core.tool,
      lang: core.lang,
      envelope: snapshot.envelope,
      saveState: snapshot.saveState,
      persistence: snapshot.persistence,
      conflict: snapshot.conflict,
      results: snapshot.results,
      deleted: snapshot.deleted,
      corruptedCount: snapshot.corruptedCount,
      notice: text,
      pending: snapshot.pending,
      announce: core.announce,
      update: core.update,
      updateData: core.updateData,
      read: core.read,
      open: core.open,
      createNew: core.createNew,
      addNew: core.addNew,
      nextParticipant: core.nextParticipant,
      rename: core.rename,
      duplicate: core.duplicate,
      remove: core.remove,
      undoDelete: core.undoDelete,
      addResults: core.addResults,
      keepCopy: core.keepCopy,
      reloadTheirs: core.reloadTheirs,
      keepMine: core.keepMine,
      saveNow: core.saveNow,
      confirmPending: core.confirmPending,
      cancelPending: core.cancelPending,
    }),
    [core, snapshot, text],
  );
}
