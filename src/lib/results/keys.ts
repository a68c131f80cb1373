import { isResultToolId, type ResultToolId } from './types';

/** Every key of the results layer starts with this (bump v1 only for an incompatible storage layout). */
export const STORAGE_NAMESPACE = 'kmm:v1';

export function toolKeyPrefix(tool: ResultToolId): string {
  return `${STORAGE_NAMESPACE}:${tool}:`;
}

/** Prefix of the saved results of a tool: `kmm:v1:<tool>:result:`. */
export function resultKeyPrefix(tool: ResultToolId): string {
  return `${toolKeyPrefix(tool)}result:`;
}

export function resultKey(tool: ResultToolId, id: string): string {
  return `${resultKeyPrefix(tool)}${id}`;
}

/** Key of the id of the result last opened with a tool. */
export function currentKey(tool: ResultToolId): string {
  return `${toolKeyPrefix(tool)}current`;
}

export type ParsedStorageKey =
  | { readonly tool: ResultToolId; readonly kind: 'result'; readonly id: string }
  | { readonly tool: ResultToolId; readonly kind: 'current' };

/**
 * What a storage key (e.g. from a `storage` event) refers to, or null if it is not ours. `ownTool` is
 * the asking tool's id, recognised even when it is not one of the site's (a test's fake tool).
 */
export function parseStorageKey(key: string | null, ownTool?: ResultToolId): ParsedStorageKey | null {
  if (key === null || !key.startsWith(`${STORAGE_NAMESPACE}:`)) return null;
  const [tool, kind, ...rest] = key.slice(STORAGE_NAMESPACE.length + 1).split(':');
  if (!isResultToolId(tool) && (ownTool === undefined || tool !== ownTool)) return null;
  if (kind === 'current' && rest.length === 0) return { tool, kind };
  if (kind === 'result' && rest.length === 1 && rest[0]) return { tool, kind, id: rest[0] };
  return null;
}
