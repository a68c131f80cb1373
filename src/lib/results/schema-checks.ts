/**
 * Checks shared by the tools' data schemas, so that every tool refuses the same faults with the
 * same message: a list whose items share an id, a record with too many entries, a date that does
 * not exist. A failed check is a zod `custom` issue whose params carry a ResultErrorCode, which
 * `genericIssueError` turns into that error (the message names what is wrong instead of "the
 * value is not valid").
 */
import { z } from 'zod/mini';
import type { ResultErrorCode } from './errors';

/** Params of a custom issue that maps to a ResultError: `code` plus the message's placeholders. */
export interface CodedIssueParams {
  readonly code: ResultErrorCode;
  readonly [param: string]: string | number;
}

/** At most this many duplicated ids are named in one message; the rest are counted. */
export const LISTED_DUPLICATES = 5;

/**
 * The ids that occur more than once in `items` (each named once, in order of first repeat). One
 * pass with a Set: linear in the number of items.
 */
export function duplicateIds(items: readonly unknown[], key = 'id'): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const id = (item as Record<string, unknown>)[key];
    if (typeof id !== 'string') continue;
    if (seen.has(id)) repeated.add(id);
    else seen.add(id);
  }
  return [...repeated];
}

/** A check for an array of objects: every item's `key` (default `id`) is unique. */
export function uniqueIds<T extends readonly unknown[]>(key = 'id'): z.core.$ZodCheck<T> {
  return z.superRefine<T>((items, ctx) => {
    const repeated = duplicateIds(items, key);
    if (repeated.length === 0) return;
    const listed = repeated.slice(0, LISTED_DUPLICATES);
    ctx.addIssue({
      code: 'custom',
      input: items,
      message: `duplicate ${key}s: ${listed.join(', ')}`,
      params: { code: 'duplicate-ids', ids: listed.join(', '), more: repeated.length - listed.length } satisfies CodedIssueParams,
    });
  });
}

/** A check for a record: at most `max` entries. */
export function atMostEntries<T extends object>(max: number): z.core.$ZodCheck<T> {
  return z.superRefine<T>((record, ctx) => {
    const count = Object.keys(record).length;
    if (count <= max) return;
    ctx.addIssue({
      code: 'custom',
      input: record,
      message: `at most ${max} entries`,
      params: { code: 'too-many-entries', max, count } satisfies CodedIssueParams,
    });
  });
}

/** A calendar date as YYYY-MM-DD that exists (2026-02-31 is refused). */
export const calendarDate = z.iso.date();

/** A calendar date, or '' when none is set. */
export const optionalCalendarDate = z.union([z.literal(''), calendarDate]);

/** Whether a text is a calendar date that exists, as YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  return z.safeParse(calendarDate, text).success;
}
