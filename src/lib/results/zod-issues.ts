import { RESULT_ERROR_CODES, resultError, type ResultError, type ResultErrorCode } from './errors';
import type { AnyToolDefinition, ZodIssue } from './tool-definition';
import type { Lang, ValuePath } from './types';

/** At most this many validation errors are kept for one file. */
export const MAX_REPORTED_ERRORS = 20;

/** Longest excerpt of an offending value quoted in a message. */
export const DISPLAY_VALUE_MAX = 40;
/** At most this many unknown field names are listed in one message; the rest are counted. */
export const LISTED_KEYS = 5;

/** The first `max` characters of a text, with "…" when it was cut (never splits a surrogate pair). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A short, plain-text rendering of an offending value for messages: strings as they are, numbers
 * as numbers (∞ for the values JSON.parse reads from 1e400), anything else as a JSON excerpt, cut
 * to DISPLAY_VALUE_MAX characters. A large array or object is never serialised whole.
 */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return clipText(value, DISPLAY_VALUE_MAX);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : '[…]';
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0 ? '{}' : '{…}';
  return clipText(String(value), DISPLAY_VALUE_MAX);
}

function isResultErrorCode(value: unknown): value is ResultErrorCode {
  return typeof value === 'string' && (RESULT_ERROR_CODES as readonly string[]).includes(value);
}

/** The ResultError a shared schema check (see schema-checks.ts) put in a custom issue's params, if any. */
function codedError(issue: ZodIssue, path: (string | number)[]): ResultError | undefined {
  const params = 'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
  if (!params || !isResultErrorCode(params['code'])) return undefined;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) values[key] = value;
  }
  return resultError(params['code'], values, path);
}

function plainPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

const EXPECTED_CODES: Readonly<Record<string, ResultError['code']>> = {
  string: 'field-expected-text',
  number: 'field-expected-number',
  int: 'field-expected-integer',
  boolean: 'field-expected-boolean',
  array: 'field-expected-list',
  tuple: 'field-expected-list',
  object: 'field-expected-object',
  record: 'field-expected-object',
};

/** The generic, tool-independent error for one zod issue. */
export function genericIssueError(issue: ZodIssue): ResultError {
  const path = plainPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return resultError('field-missing', {}, path);
      // JSON.parse reads 1e400 as Infinity: say the number is too large rather than "a number is expected"
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        return resultError('value-not-finite', { value: displayValue(issue.input) }, path);
      }
      return resultError(EXPECTED_CODES[issue.expected] ?? 'field-wrong-type', {}, path);
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return resultError('text-too-long', { max }, path);
      if (issue.origin === 'array' || issue.origin === 'set') return resultError('list-too-long', { max }, path);
      if (typeof issue.input === 'number') return resultError('value-too-big', { value: displayValue(issue.input), max }, path);
      return resultError('invalid-field', {}, path);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return resultError('text-too-short', { min }, path);
      if (issue.origin === 'array' || issue.origin === 'set') return resultError('list-too-short', { min }, path);
      if (typeof issue.input === 'number') return resultError('value-too-small', { value: displayValue(issue.input), min }, path);
      return resultError('invalid-field', {}, path);
    }
    case 'invalid_value':
      return resultError(
        'value-not-allowed',
        { value: displayValue(issue.input), allowed: issue.values.map((value) => String(value)).join(', ') },
        path,
      );
    case 'invalid_format':
      return resultError(
        issue.format === 'datetime' || issue.format === 'date' || issue.format === 'time' ? 'invalid-date' : 'invalid-format',
        {},
        path,
      );
    case 'unrecognized_keys': {
      const listed = issue.keys.slice(0, LISTED_KEYS).map((key) => clipText(key, DISPLAY_VALUE_MAX));
      return resultError('unknown-fields', { keys: listed.join(', '), more: issue.keys.length - listed.length }, path);
    }
    case 'custom':
      return codedError(issue, path) ?? resultError('invalid-field', {}, path);
    default:
      return resultError('invalid-field', {}, path);
  }
}

/**
 * Turns zod issues on a whole envelope into ResultErrors. Issues inside `data` are first
 * offered to the tool's `describeIssue`, with a path relative to `data`.
 */
export function issuesToErrors(issues: readonly ZodIssue[], definition: AnyToolDefinition, lang: Lang): ResultError[] {
  return issues.slice(0, MAX_REPORTED_ERRORS).map((issue) => {
    const path = plainPath(issue.path);
    if (issue.code === 'custom' && codedError(issue, path)) return genericIssueError(issue);
    if (path[0] === 'data' && definition.describeIssue) {
      const described = safeDescribe(definition, path.slice(1), issue, lang);
      if (typeof described === 'string') return resultError('custom', { message: described }, path);
      if (described) return described.path === undefined ? { ...described, path } : described;
    }
    return genericIssueError(issue);
  });
}

function safeDescribe(
  definition: AnyToolDefinition,
  path: ValuePath,
  issue: ZodIssue,
  lang: Lang,
): ResultError | string | undefined {
  try {
    return definition.describeIssue?.(path, issue, lang);
  } catch {
    return undefined;
  }
}
