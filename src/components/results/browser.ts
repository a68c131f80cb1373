/**
 * The few browser APIs the results components touch, each guarded so that a missing or
 * throwing API (private mode, old browser, server rendering) never breaks the page.
 */
import type { ExportedFile, SessionEvents, StorageLike, TimerLike } from '../../lib/results/index';

/** window.localStorage, or null where merely reading the property throws or it does not exist. */
export function getLocalStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export const windowTimers: TimerLike<number> = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
};

/** What a results session hears from the page: other tabs' storage writes, and the page being hidden (save now). */
export const windowSessionEvents: SessionEvents = {
  subscribe({ storage, hide }) {
    const onStorage = (event: StorageEvent): void => storage(event.key);
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') hide();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  },
};

/** Saves a Blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadFile(file: ExportedFile): void {
  downloadBlob(new Blob([file.content], { type: file.mimeType }), file.fileName);
}

/** Copies text to the clipboard; false when the browser refuses (the caller shows the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page address with the given fragment, keeping path and query. */
export function urlWithFragment(fragment: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${fragment}`;
}

/** Drops the fragment from the address bar without reloading or adding a history entry. */
export function clearFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}
