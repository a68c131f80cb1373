import { deepEqual } from './deep-equal';

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * Copy of a JSON-like value without empty object fields (null, '', [], {}), recursively.
 * Array items are never removed (positions may matter).
 */
export function stripEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripEmpty);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const stripped = stripEmpty(item);
    if (!isEmpty(stripped)) out[key] = stripped;
  }
  return out;
}

/**
 * The smallest safe form of `value` for a share link: empty fields are dropped only if
 * `restore` (the schema's parse, which puts defaults back) gives the original value again.
 * Otherwise the value is kept whole, so compaction can never change a result.
 */
export function compactForShare(value: unknown, restore: (compacted: unknown) => unknown): unknown {
  const stripped = stripEmpty(value);
  try {
    return deepEqual(restore(stripped), value) ? stripped : value;
  } catch {
    return value;
  }
}
