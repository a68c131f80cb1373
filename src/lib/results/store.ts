import { z } from 'zod/mini';
import { asNewResult, makeEnvelope, type ResultEnvelope } from './envelope';
import { resultError, type ResultError } from './errors';
import { isoNow, randomResultId } from './ids';
import { currentKey, resultKey, resultKeyPrefix } from './keys';
import { SafeStorage, type StorageFailure, type StorageLike } from './storage';
import type { ToolDefinition } from './tool-definition';
import type { Lang } from './types';
import { validateEnvelope } from './validate';

export type PersistenceStatus =
  | { readonly persistent: true }
  | { readonly persistent: false; readonly reason: StorageFailure };

/** A saved result with its revision (1 on first save, +1 on every write, deletion included). */
export interface StoredResult<TData> {
  readonly envelope: ResultEnvelope<TData>;
  readonly rev: number;
  /**
   * A token unique to the write that made this revision. Two tabs that both write revision N + 1
   * within a few milliseconds (neither saw the other's write) leave the same revision number with
   * different tokens: comparing tokens is how the overwritten tab learns of it.
   */
  readonly write?: string | undefined;
  /** Set while the result sits in the bin: `restore` brings it back until `purge`. */
  readonly deletedAt?: string | undefined;
}

export interface ResultSummary {
  readonly id: string;
  readonly title: string;
  readonly respondent?: string | undefined;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly rev: number;
  readonly deletedAt?: string | undefined;
}

/** A stored entry that could not be read; it is skipped and left in place. */
export interface CorruptEntry {
  readonly key: string;
  readonly errors: readonly ResultError[];
}

export type SaveOutcome<TData> =
  | { readonly ok: true; readonly stored: StoredResult<TData>; readonly status: PersistenceStatus }
  /** Another tab (or store) wrote a different revision since `expectedRev`; nothing was written. */
  | { readonly ok: false; readonly reason: 'conflict'; readonly theirs: StoredResult<TData> }
  | { readonly ok: false; readonly reason: 'invalid'; readonly errors: readonly ResultError[] }
  | { readonly ok: false; readonly reason: 'not-found' };

export type ChangeOutcome<TData> =
  | { readonly ok: true; readonly stored: StoredResult<TData>; readonly status: PersistenceStatus }
  | { readonly ok: false; readonly reason: 'not-found' };

export interface ResultStoreOptions<TData> {
  readonly tool: ToolDefinition<TData>;
  /** window.localStorage or a stand-in; null when it cannot even be reached. */
  readonly storage: StorageLike | null;
  readonly now?: () => string;
  readonly newId?: () => string;
  /** The token of each write (random by default). */
  readonly newWriteId?: () => string;
  /** Language of tool-specific messages about corrupted entries. */
  readonly lang?: Lang;
}

const recordSchema = z.object({
  rev: z.int().check(z.gte(1)),
  write: z.optional(z.string().check(z.maxLength(64))),
  deletedAt: z.optional(z.iso.datetime({ offset: true })),
  envelope: z.unknown(),
});

interface MemoryRecord<TData> extends StoredResult<TData> {
  /** False while the latest revision only lives in memory (storage failed). */
  readonly persisted: boolean;
}

/** The list entry of a stored result. */
export function summarize<TData>(stored: StoredResult<TData>): ResultSummary {
  const { envelope } = stored;
  return {
    id: envelope.id,
    title: envelope.title,
    ...(envelope.respondent === undefined ? {} : { respondent: envelope.respondent }),
    createdAt: envelope.createdAt,
    updatedAt: envelope.updatedAt,
    rev: stored.rev,
    ...(stored.deletedAt === undefined ? {} : { deletedAt: stored.deletedAt }),
  };
}

/** Most recently changed first (then by id, so the order is stable). */
export function byUpdatedDesc(a: ResultSummary, b: ResultSummary): number {
  const diff = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function publicView<TData>(record: MemoryRecord<TData>): StoredResult<TData> {
  return {
    envelope: record.envelope,
    rev: record.rev,
    ...(record.write === undefined ? {} : { write: record.write }),
    ...(record.deletedAt === undefined ? {} : { deletedAt: record.deletedAt }),
  };
}

/** The revision a copy was based on: its number and, when known, the token of the write that made it. */
export interface BasedOn {
  readonly rev: number;
  readonly write?: string | undefined;
}

/** Whether `stored` is still the very revision `basedOn` describes (same number and, when both have one, same write). */
export function isSameRevision(stored: BasedOn, basedOn: BasedOn): boolean {
  if (stored.rev !== basedOn.rev) return false;
  return stored.write === undefined || basedOn.write === undefined || stored.write === basedOn.write;
}

/**
 * Saved results of one tool, over a storage that may be missing, full or throwing. Every
 * result also lives in memory, so a failed write loses nothing while the page is open;
 * `status()` says whether the work will survive a reload. No method throws.
 */
export class ResultStore<TData> {
  readonly #tool: ToolDefinition<TData>;
  readonly #storage: SafeStorage;
  readonly #now: () => string;
  readonly #newId: () => string;
  readonly #newWriteId: () => string;
  readonly #lang: Lang;
  readonly #memory = new Map<string, MemoryRecord<TData>>();
  #corrupt: CorruptEntry[] = [];
  #status: PersistenceStatus;
  #currentId: string | null = null;

  constructor(options: ResultStoreOptions<TData>) {
    this.#tool = options.tool;
    this.#storage = new SafeStorage(options.storage);
    this.#now = options.now ?? isoNow;
    this.#newId = options.newId ?? (() => randomResultId());
    this.#newWriteId = options.newWriteId ?? (() => randomResultId());
    this.#lang = options.lang ?? 'fr';
    this.#status = this.#storage.available ? { persistent: true } : { persistent: false, reason: 'unavailable' };
  }

  get tool(): ToolDefinition<TData> {
    return this.#tool;
  }

  /** Whether saved work will survive a reload (false: storage missing or full; work is kept in memory). */
  status(): PersistenceStatus {
    return this.#status;
  }

  /** Entries found unreadable during the last listing. */
  corrupted(): readonly CorruptEntry[] {
    return this.#corrupt;
  }

  /** Results not in the bin, most recently changed first. */
  list(): ResultSummary[] {
    return this.lists().live;
  }

  /** Results in the bin (deleted, not yet purged), most recently changed first. */
  listDeleted(): ResultSummary[] {
    return this.lists().deleted;
  }

  /** Both lists from one reading of storage. */
  lists(): { live: ResultSummary[]; deleted: ResultSummary[] } {
    const live: ResultSummary[] = [];
    const deleted: ResultSummary[] = [];
    for (const record of this.#all()) (record.deletedAt === undefined ? live : deleted).push(summarize(record));
    return { live: live.sort(byUpdatedDesc), deleted: deleted.sort(byUpdatedDesc) };
  }

  /** The latest revision of a result (from storage, so another tab's writes are seen). */
  get(id: string, options: { readonly includeDeleted?: boolean } = {}): StoredResult<TData> | undefined {
    const record = this.#refresh(id);
    if (!record || (record.deletedAt !== undefined && !options.includeDeleted)) return undefined;
    return publicView(record);
  }

  /** A new, empty result of the tool, saved at once. */
  create(input: { readonly lang: Lang; readonly title?: string; readonly respondent?: string }): SaveOutcome<TData> {
    const now = this.#now();
    const envelope = makeEnvelope({
      tool: this.#tool.id,
      schemaVersion: this.#tool.schemaVersion,
      data: this.#tool.emptyData(),
      lang: input.lang,
      id: this.#freshId(),
      now,
      title: input.title,
      respondent: input.respondent,
    });
    return this.#save(envelope, { rev: 0 }, now);
  }

  /**
   * Saves a result; `updatedAt` is set to now. `expectedRev` is the revision this copy was
   * based on (0 or absent for a new result), `expectedWrite` the token of that revision's write
   * when known. If the stored revision differs (in number, or in token: another tab wrote the
   * same revision number), nothing is written and the other version is returned as a conflict:
   * save again based on `theirs` to keep this one, or use `theirs` to reload.
   */
  save(
    envelope: ResultEnvelope<TData>,
    options: { readonly expectedRev?: number; readonly expectedWrite?: string | undefined } = {},
  ): SaveOutcome<TData> {
    return this.#save(envelope, { rev: options.expectedRev ?? 0, write: options.expectedWrite }, this.#now());
  }

  #save(envelope: ResultEnvelope<TData>, basedOn: BasedOn, now: string): SaveOutcome<TData> {
    if (envelope.tool !== this.#tool.id) {
      return { ok: false, reason: 'invalid', errors: [resultError('store-wrong-tool')] };
    }
    const checked = validateEnvelope({ ...envelope, updatedAt: now }, { expectedTool: this.#tool, lang: this.#lang });
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    const current = this.#refresh(envelope.id);
    const currentRev = current?.rev ?? 0;
    if (current && !isSameRevision(current, basedOn)) {
      return { ok: false, reason: 'conflict', theirs: publicView(current) };
    }
    return this.#write({ envelope: checked.envelope, rev: currentRev + 1 });
  }

  /** Saves a copy as a new result: the id is kept only if no stored result uses it. */
  add(envelope: ResultEnvelope<TData>): SaveOutcome<TData> {
    const taken = this.#refresh(envelope.id) !== undefined;
    const now = this.#now();
    const copy = taken ? asNewResult(envelope, this.#freshId(), now) : envelope;
    return this.#save(copy, { rev: 0 }, now);
  }

  rename(id: string, title: string, options: { readonly expectedRev?: number } = {}): SaveOutcome<TData> {
    const current = this.get(id);
    if (!current) return { ok: false, reason: 'not-found' };
    return this.save(
      { ...current.envelope, title },
      options.expectedRev === undefined ? { expectedRev: current.rev, expectedWrite: current.write } : { expectedRev: options.expectedRev },
    );
  }

  /** A copy under a new id and title (the caller localizes the title, e.g. "… (copie)"). */
  duplicate(id: string, title: string): SaveOutcome<TData> {
    const current = this.get(id);
    if (!current) return { ok: false, reason: 'not-found' };
    const now = this.#now();
    return this.#save(asNewResult(current.envelope, this.#freshId(), now, title), { rev: 0 }, now);
  }

  /** Moves a result to the bin; `restore` undoes it until `purge`. */
  delete(id: string): ChangeOutcome<TData> {
    const current = this.#refresh(id);
    if (!current || current.deletedAt !== undefined) return { ok: false, reason: 'not-found' };
    return this.#write({ envelope: current.envelope, rev: current.rev + 1, deletedAt: this.#now() });
  }

  restore(id: string): ChangeOutcome<TData> {
    const current = this.#refresh(id);
    if (!current || current.deletedAt === undefined) return { ok: false, reason: 'not-found' };
    return this.#write({ envelope: current.envelope, rev: current.rev + 1 });
  }

  /** Removes a result for good (from memory and storage). */
  purge(id: string): void {
    this.#memory.delete(id);
    this.#storage.remove(resultKey(this.#tool.id, id));
  }

  /** Empties the bin. */
  purgeDeleted(): void {
    for (const summary of this.listDeleted()) this.purge(summary.id);
  }

  /** Id of the result last opened with this tool (shared with other tabs through storage). */
  getCurrentId(): string | null {
    const stored = this.#storage.read(currentKey(this.#tool.id));
    if (stored.ok) this.#currentId = stored.value;
    return this.#currentId;
  }

  setCurrentId(id: string | null): void {
    this.#currentId = id;
    const key = currentKey(this.#tool.id);
    if (id === null) this.#storage.remove(key);
    else this.#storage.write(key, id);
  }

  /** Writes again every revision that only lives in memory; returns the resulting status. */
  flushPending(): PersistenceStatus {
    for (const record of [...this.#memory.values()]) {
      if (record.persisted) continue;
      const stored = this.#readStored(record.envelope.id);
      if (stored && stored !== 'failed' && stored.rev >= record.rev) continue; // someone else moved on: keep ours in memory only
      this.#write(record);
    }
    return this.#status;
  }

  #freshId(): string {
    let id = this.#newId();
    for (let attempt = 0; attempt < 5 && this.#refresh(id) !== undefined; attempt += 1) id = this.#newId();
    return id;
  }

  #write(input: StoredResult<TData>): { ok: true; stored: StoredResult<TData>; status: PersistenceStatus } {
    // A fresh token per write, unless re-writing a revision that only lived in memory.
    const record: StoredResult<TData> = { ...input, write: input.write ?? this.#newWriteId() };
    const key = resultKey(this.#tool.id, record.envelope.id);
    const payload = JSON.stringify({
      rev: record.rev,
      write: record.write,
      ...(record.deletedAt === undefined ? {} : { deletedAt: record.deletedAt }),
      envelope: record.envelope,
    });
    const written = this.#storage.write(key, payload);
    this.#status = written.ok ? { persistent: true } : { persistent: false, reason: written.reason };
    const memory: MemoryRecord<TData> = { ...record, persisted: written.ok };
    this.#memory.set(record.envelope.id, memory);
    return { ok: true, stored: publicView(memory), status: this.#status };
  }

  /**
   * The stored record of one result: undefined if absent, null if unreadable, 'failed' if
   * storage could not be read at all.
   */
  #readStored(id: string): MemoryRecord<TData> | undefined | null | 'failed' {
    const key = resultKey(this.#tool.id, id);
    const raw = this.#storage.read(key);
    if (!raw.ok) return 'failed';
    if (raw.value === null) return undefined;
    return this.#parseRecord(key, id, raw.value);
  }

  #parseRecord(key: string, id: string, text: string): MemoryRecord<TData> | null {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.#reportCorrupt(key, [resultError('storage-corrupted', { key })]);
      return null;
    }
    const record = recordSchema.safeParse(json);
    if (!record.success) {
      this.#reportCorrupt(key, [resultError('storage-corrupted', { key })]);
      return null;
    }
    const checked = validateEnvelope(record.data.envelope, { expectedTool: this.#tool, lang: this.#lang });
    if (!checked.ok || checked.envelope.id !== id) {
      this.#reportCorrupt(key, checked.ok ? [resultError('storage-corrupted', { key })] : checked.errors);
      return null;
    }
    return {
      envelope: checked.envelope,
      rev: record.data.rev,
      persisted: true,
      ...(record.data.write === undefined ? {} : { write: record.data.write }),
      ...(record.data.deletedAt === undefined ? {} : { deletedAt: record.data.deletedAt }),
    };
  }

  #reportCorrupt(key: string, errors: readonly ResultError[]): void {
    if (!this.#corrupt.some((entry) => entry.key === key)) this.#corrupt = [...this.#corrupt, { key, errors }];
  }

  /** Merges the stored revision of one result into memory and returns the latest known. */
  #refresh(id: string): MemoryRecord<TData> | undefined {
    const stored = this.#readStored(id);
    return this.#merge(id, stored);
  }

  #merge(id: string, stored: MemoryRecord<TData> | undefined | null | 'failed'): MemoryRecord<TData> | undefined {
    const memory = this.#memory.get(id);
    if (stored === 'failed' || stored === null) return memory;
    if (stored === undefined) {
      // Purged elsewhere: forget it, unless this tab holds work that never reached storage.
      if (memory?.persisted) this.#memory.delete(id);
      return memory?.persisted ? undefined : memory;
    }
    if (memory && !memory.persisted && memory.rev > stored.rev) return memory;
    this.#memory.set(id, stored);
    return stored;
  }

  #all(): MemoryRecord<TData>[] {
    this.#corrupt = [];
    const prefix = resultKeyPrefix(this.#tool.id);
    const keys = this.#storage.keys(prefix);
    if (keys.ok) {
      const seen = new Set<string>();
      for (const key of keys.value) {
        const id = key.slice(prefix.length);
        seen.add(id);
        const raw = this.#storage.read(key);
        this.#merge(id, raw.ok ? (raw.value === null ? undefined : this.#parseRecord(key, id, raw.value)) : 'failed');
      }
      for (const [id, record] of [...this.#memory]) {
        if (!seen.has(id) && record.persisted) this.#memory.delete(id);
      }
    }
    return [...this.#memory.values()];
  }
}
