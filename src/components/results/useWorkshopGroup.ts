import { useCallback, useEffect, useState } from 'react';
import { getLocalStorage } from './browser';
import {
  addToGroup,
  clearGroup,
  emptyGroup,
  groupStorageKey,
  parseGroup,
  serializeGroup,
  undoClear,
  type GroupAddOutcome,
  type ToolDefinition,
  type WorkshopGroup,
} from './deps';

export interface WorkshopGroupSession<TData> {
  readonly group: WorkshopGroup<TData>;
  /** Adds anonymised answers under a fresh id; the outcome says when the group is full. */
  add(data: TData, id: string): GroupAddOutcome<TData>;
  clear(): void;
  undoClear(): void;
}

/**
 * A tool's workshop group in the browser's storage (it survives reloads; other tabs follow). Only
 * in memory where storage is blocked: the group then lasts this visit. What a clear removed stays in
 * memory for "undo", never in storage.
 */
export function useWorkshopGroup<TData>(tool: ToolDefinition<TData>): WorkshopGroupSession<TData> {
  const key = groupStorageKey(tool.id);
  const [group, setGroup] = useState<WorkshopGroup<TData>>(emptyGroup);

  useEffect(() => {
    const read = (): void => {
      try {
        const stored = parseGroup(getLocalStorage()?.getItem(key) ?? null, tool.dataSchema);
        setGroup((current) => ({ ...stored, cleared: current.cleared }));
      } catch {
        // Storage blocked: keep the group of this visit.
      }
    };
    read();
    const onStorage = (event: StorageEvent): void => {
      if (event.key === key || event.key === null) read();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key, tool]);

  const write = useCallback(
    (next: WorkshopGroup<TData>): void => {
      setGroup(next);
      try {
        const storage = getLocalStorage();
        if (next.members.length === 0) storage?.removeItem(key);
        else storage?.setItem(key, serializeGroup(next));
      } catch {
        // Storage full or blocked: the group holds for this visit.
      }
    },
    [key],
  );

  const add = useCallback(
    (data: TData, id: string): GroupAddOutcome<TData> => {
      const outcome = addToGroup(group, data, id);
      if (outcome.ok) write(outcome.group);
      return outcome;
    },
    [group, write],
  );

  return {
    group,
    add,
    clear: useCallback(() => write(clearGroup(group)), [group, write]),
    undoClear: useCallback(() => write(undoClear(group)), [group, write]),
  };
}
