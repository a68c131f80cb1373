import { useCallback, useSyncExternalStore } from 'react';
import { parseWorkshopSince, type WorkshopSource } from './deps';

/**
 * One switch for the whole site: a workshop computer stays in workshop mode across tools and
 * reloads. The stored value is the time the workshop started: results changed since then are the
 * participants' and "next participant" removes them; older results (the trainer's own) stay.
 * Every part of a page (toolbar, session, panels) reads the same value, and other tabs follow.
 */
export const WORKSHOP_KEY = 'kmm:workshop';

const listeners = new Set<() => void>();
let known: string | null | undefined;

function read(): string | null {
  try {
    return parseWorkshopSince(window.localStorage.getItem(WORKSHOP_KEY));
  } catch {
    return known ?? null; // storage blocked: the mode still holds for this visit
  }
}

function write(since: string | null): void {
  try {
    if (since) window.localStorage.setItem(WORKSHOP_KEY, since);
    else window.localStorage.removeItem(WORKSHOP_KEY);
  } catch {
    // Storage blocked: the mode still holds for this visit.
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent): void => {
    if (event.key === WORKSHOP_KEY || event.key === null) {
      known = read();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function snapshot(): string | null {
  if (known === undefined) known = read();
  return known;
}

/** The same switch for a results session (src/lib/results), which reads no browser globals itself. */
export const workshopSource: WorkshopSource = { read: snapshot, subscribe };

/** Workshop (kiosk) mode: the workshop's start time while it is on, else null (also while server rendering). */
export function useWorkshopMode(): readonly [string | null, (on: boolean) => void] {
  const since = useSyncExternalStore(subscribe, snapshot, () => null);
  const change = useCallback((on: boolean) => {
    known = on ? new Date().toISOString() : null;
    write(known);
    notify();
  }, []);
  return [since, change] as const;
}
