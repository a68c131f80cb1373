/**
 * Three-way merge of JSON-like values, for "keep my version" after two tabs edited the same result:
 * what only one side changed since their common version is kept from that side, so keeping my
 * answers never drops the other tab's answers to other questions. Where both sides changed the
 * same value differently, mine wins (that is what the reader asked for). Lists whose items all
 * carry a string `id` (plan items, actions, segments, respondents) are merged item by item.
 */
import { deepEqual } from './deep-equal';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdList(value: unknown): value is { readonly id: string }[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item['id'] === 'string');
}

export function merge3(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(mine, base)) return theirs;
  if (deepEqual(theirs, base)) return mine;
  if (isPlainObject(mine) && isPlainObject(theirs)) {
    const from = isPlainObject(base) ? base : {};
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = merge3(from[key], mine[key], theirs[key]);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  if (isIdList(mine) && isIdList(theirs)) return mergeIdLists(isIdList(base) ? base : [], mine, theirs);
  return mine;
}

function mergeIdLists(
  base: readonly { readonly id: string }[],
  mine: readonly { readonly id: string }[],
  theirs: readonly { readonly id: string }[],
): unknown[] {
  const byId = (list: readonly { readonly id: string }[]) => new Map(list.map((item) => [item.id, item] as const));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  // My order first, then what only the other tab added, where it stood in their list.
  const order = [...m.keys(), ...[...t.keys()].filter((id) => !m.has(id) && !b.has(id))];
  const merged: unknown[] = [];
  for (const id of order) {
    const value = merge3(b.get(id), m.get(id), t.get(id));
    if (value !== undefined) merged.push(value);
  }
  // An item I kept unchanged but the other tab removed is removed (merge3 returns their undefined);
  // an item the other tab kept unchanged but I removed is not in my order, so it stays removed.
  return merged;
}
