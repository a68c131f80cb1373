import { useCallback, useEffect, useState } from 'react';
import { parseWorkshopSince } from './deps';

/**
 * One switch for the whole site: a workshop computer stays in workshop mode across tools and
 * reloads. The stored value is the time the workshop started: results changed since then are the
 * participants' and "next participant" removes them; older results (the trainer's own) stay.
 */
export const WORKSHOP_KEY = 'kmm:workshop';

function read(): string | null {
  try {
    return parseWorkshopSince(window.localStorage.getItem(WORKSHOP_KEY));
  } catch {
    return null;
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

/** Workshop (kiosk) mode: the workshop's start time while it is on, else null. */
export function useWorkshopMode(): readonly [string | null, (on: boolean) => void] {
  const [since, setSince] = useState<string | null>(null);
  useEffect(() => setSince(read()), []);
  const change = useCallback((on: boolean) => {
    const next = on ? new Date().toISOString() : null;
    write(next);
    setSince(next);
  }, []);
  return [since, change] as const;
}
