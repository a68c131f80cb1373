import type { Lang } from '../i18n-core';
import { TOOL_IDS } from '../tools';

export type { Lang };

/** Tools that can own a result: the site's tools. */
export const RESULT_TOOL_IDS = TOOL_IDS;
export type ResultToolId = (typeof RESULT_TOOL_IDS)[number];

export function isResultToolId(value: unknown): value is ResultToolId {
  return typeof value === 'string' && (RESULT_TOOL_IDS as readonly string[]).includes(value);
}

/** A path into a value, as zod reports it: object keys and array indices. */
export type ValuePath = readonly (string | number)[];
