/**
 * Bounds on untrusted input, checked before anything else walks it. Every check here runs in time
 * linear in the size of its input and never recurses, so a hostile file or link (nested a hundred
 * thousand levels deep, or with a million keys) is refused in milliseconds instead of freezing
 * the page.
 */
import type { ValuePath } from './types';

/**
 * Deepest nesting of arrays and objects a result may have. The deepest real result (a team audit:
 * envelope › data › team › respondents › n › answers › id › value) is 7 levels deep; 32 leaves room
 * for later editions without letting a file nest without end.
 */
export const MAX_NESTING_DEPTH = 32;

/**
 * Most keys of one object, or items of one array, a result may have. The largest real ones hold about a
 * hundred (answers, actions); refusing a file with 60,000 keys here spares the schema check the work.
 */
export const MAX_ENTRIES = 1000;

/**
 * The deepest nesting of `[` and `{` in a JSON text, stopping as soon as it exceeds `limit`
 * (then it returns limit + 1). Characters inside strings are skipped; the text need not be valid
 * JSON. One pass over the text, constant memory.
 */
export function jsonTextDepth(text: string, limit: number = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i += 1; // backslash: skip the escaped character
      else if (code === 34) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return limit + 1;
      }
    } else if (code === 93 || code === 125) {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** What a walk of a parsed value found wrong first. */
export type ValueFault =
  | { readonly kind: 'too-deep'; readonly path: ValuePath }
  | { readonly kind: 'too-many-entries'; readonly path: ValuePath; readonly count: number }
  | { readonly kind: 'proto-key'; readonly path: ValuePath };

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | null;
  readonly key: string | number | null;
  readonly depth: number;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | null = frame; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Walks a parsed JSON value once, iteratively, and reports the first object or array nested
 * deeper than `maxDepth` (the value itself is depth 1), or the first `__proto__` key. JSON.parse
 * keeps such keys as plain data, but copying objects (as zod does) turns them into prototypes and
 * silently loses the value; a result never needs one. An object or array with more than `maxEntries`
 * entries is reported too. Each node is visited once and a path is only built for the node reported,
 * so the time is linear in the size of the value.
 */
export function inspectValue(
  value: unknown,
  maxDepth: number = MAX_NESTING_DEPTH,
  maxEntries: number = MAX_ENTRIES,
): ValueFault | null {
  const stack: Frame[] = [{ value, parent: null, key: null, depth: 1 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.value;
    if (typeof node !== 'object' || node === null) continue;
    if (frame.depth > maxDepth) return { kind: 'too-deep', path: pathOf(frame) };
    if (Array.isArray(node)) {
      if (node.length > maxEntries) return { kind: 'too-many-entries', path: pathOf(frame), count: node.length };
      for (let index = node.length - 1; index >= 0; index -= 1) {
        const item: unknown = node[index];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: frame, key: index, depth: frame.depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(node);
    if (keys.includes('__proto__')) return { kind: 'proto-key', path: [...pathOf(frame), '__proto__'] };
    if (keys.length > maxEntries) return { kind: 'too-many-entries', path: pathOf(frame), count: keys.length };
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index] as string;
      if (key === '__proto__') return { kind: 'proto-key', path: [...pathOf(frame), key] };
      const item: unknown = (node as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: frame, key, depth: frame.depth + 1 });
    }
  }
  return null;
}
