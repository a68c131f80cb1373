import { resultError, type ResultError } from './errors';
import type { AnyToolDefinition, ZodIssue } from './tool-definition';
import type { Lang, ValuePath } from './types';

/** At most this many validation errors are kept for one file. */
export const MAX_REPORTED_ERRORS = 20;

/** A short, plain-text rendering of an offending value for messages. */
export function displayValue(value: unknown): string {
  const text = typeof value === 'string' ? value : safeJson(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
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
      return resultError(EXPECTED_CODES[issue.expected] ?? 'field-wrong-type', {}, path);
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return resultError('text-too-long', { max }, path);
      if (issue.origin === 'array' || issue.origin === 'set') return resultError('list-too-long', { max }, path);
      if (typeof issue.input === 'number') return resultError('value-too-big', { value: issue.input, max }, path);
      return resultError('invalid-field', {}, path);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return resultError('text-too-short', { min }, path);
      if (issue.origin === 'array' || issue.origin === 'set') return resultError('list-too-short', { min }, path);
      if (typeof issue.input === 'number') return resultError('value-too-small', { value: issue.input, min }, path);
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
    case 'unrecognized_keys':
      return resultError('unknown-fields', { keys: issue.keys.join(', ') }, path);
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
