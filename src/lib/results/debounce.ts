/** The two timer functions a debouncer needs (window's, Node's, or a fake clock's). */
export interface TimerLike<Handle = unknown> {
  setTimeout(callback: () => void, ms: number): Handle;
  clearTimeout(handle: Handle): void;
}

export interface Debouncer {
  /** Runs `task` after `delayMs` of quiet; a newer task replaces a pending one. */
  schedule(task: () => void): void;
  /** Runs the pending task now, if any (e.g. before the page is hidden). */
  flush(): void;
  /** Drops the pending task. */
  cancel(): void;
  readonly pending: boolean;
}

export function createDebouncer<Handle>(timers: TimerLike<Handle>, delayMs: number): Debouncer {
  let handle: { value: Handle } | null = null;
  let task: (() => void) | null = null;
  const clear = (): void => {
    if (handle) timers.clearTimeout(handle.value);
    handle = null;
  };
  const run = (): void => {
    const current = task;
    clear();
    task = null;
    current?.();
  };
  return {
    schedule(next) {
      clear();
      task = next;
      handle = { value: timers.setTimeout(run, delayMs) };
    },
    flush: run,
    cancel() {
      clear();
      task = null;
    },
    get pending() {
      return task !== null;
    },
  };
}
