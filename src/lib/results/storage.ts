/** The part of the Web Storage API the store uses; any call may throw (private mode, quota, disabled). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export type StorageFailure = 'unavailable' | 'quota';

/** Whether an error thrown by setItem means "storage full" (names and codes differ across browsers). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: StorageFailure };

/** Wraps a possibly missing or throwing storage so that no call ever throws. */
export class SafeStorage {
  readonly #storage: StorageLike | null;

  constructor(storage: StorageLike | null | undefined) {
    this.#storage = storage ?? null;
  }

  get available(): boolean {
    return this.#storage !== null;
  }

  read(key: string): Attempt<string | null> {
    if (!this.#storage) return { ok: false, reason: 'unavailable' };
    try {
      const value = this.#storage.getItem(key);
      return { ok: true, value: typeof value === 'string' ? value : null };
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
  }

  write(key: string, value: string): Attempt<null> {
    if (!this.#storage) return { ok: false, reason: 'unavailable' };
    try {
      this.#storage.setItem(key, value);
      return { ok: true, value: null };
    } catch (error) {
      return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
    }
  }

  remove(key: string): Attempt<null> {
    if (!this.#storage) return { ok: false, reason: 'unavailable' };
    try {
      this.#storage.removeItem(key);
      return { ok: true, value: null };
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
  }

  /** All keys starting with `prefix`. */
  keys(prefix: string): Attempt<string[]> {
    if (!this.#storage) return { ok: false, reason: 'unavailable' };
    try {
      const found: string[] = [];
      const count = this.#storage.length;
      for (let index = 0; index < count; index += 1) {
        const key = this.#storage.key(index);
        if (typeof key === 'string' && key.startsWith(prefix)) found.push(key);
      }
      return { ok: true, value: found };
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
  }
}
