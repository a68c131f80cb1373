import type { ValuePath } from './types';

/** Every error the results layer can report. Each code has a message `err.<code>` in the dictionaries. */
export const RESULT_ERROR_CODES = [
  // reading a file or a share link
  'file-too-large',
  'empty-file',
  'invalid-json',
  'not-results-file',
  'too-deep',
  'wrong-encoding',
  'unsupported-format-version',
  'unknown-tool',
  'wrong-tool',
  'invalid-version',
  'newer-version',
  'missing-migration',
  'migration-failed',
  // share links
  'share-missing',
  'share-unsupported-codec',
  'share-bad-encoding',
  'share-bad-compression',
  'share-bad-content',
  'share-too-large',
  'share-link-too-long',
  'share-unsupported-browser',
  // validation of fields (mapped from zod issues)
  'field-missing',
  'field-expected-text',
  'field-expected-number',
  'field-expected-integer',
  'field-expected-boolean',
  'field-expected-list',
  'field-expected-object',
  'field-wrong-type',
  'value-too-small',
  'value-too-big',
  'value-out-of-range',
  'value-not-finite',
  'answer-out-of-range',
  'text-too-short',
  'text-too-long',
  'list-too-short',
  'list-too-long',
  'value-not-allowed',
  'invalid-date',
  'invalid-format',
  'unknown-fields',
  'duplicate-ids',
  'too-many-entries',
  'far-too-many',
  'invalid-field',
  'custom',
  // the saved-results store
  'storage-corrupted',
  'not-found',
  'store-wrong-tool',
] as const;

export type ResultErrorCode = (typeof RESULT_ERROR_CODES)[number];

/**
 * A reportable problem. `params` fill the message's placeholders; `path` points into the
 * envelope (e.g. ['data', 'answers', 'km-3']) and is rendered as the `{field}` parameter.
 */
export interface ResultError {
  readonly code: ResultErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly path?: ValuePath;
}

export function resultError(
  code: ResultErrorCode,
  params: Record<string, string | number> = {},
  path?: ValuePath,
): ResultError {
  return path === undefined ? { code, params } : { code, params, path };
}

export type Outcome<T, E = ResultError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<E = ResultError>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
