import { deepEqual } from './deep-equal';
import type { ResultEnvelope } from './envelope';
import { resultError, type ResultError } from './errors';
import { parseJsonText, utf8Length } from './json-text';
import { decodeShareFragment, MAX_RESULT_BYTES } from './share-codec';
import { validateEnvelope, type ValidateOptions } from './validate';

export interface ImportOptions<TData> extends ValidateOptions<TData> {
  /** Size of the file in bytes (File.size); measured from the text when absent. */
  readonly byteLength?: number | undefined;
  /** Largest accepted size in bytes; 1 MiB by default. */
  readonly maxBytes?: number | undefined;
}

export type ImportOutcome<TData> =
  | {
      readonly ok: true;
      readonly envelope: ResultEnvelope<TData>;
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      /** Codes, not words: the caller sums them up in the reader's language (formatErrorSummary). */
      readonly errors: readonly [ResultError, ...ResultError[]];
    };

function refused<TData>(error: ResultError): ImportOutcome<TData> {
  return { ok: false, errors: [error] };
}

/**
 * Reads the text of a results file: size, JSON, envelope, tool, version (migrating older
 * data), then every field. Pure: it never throws and never touches any store; the caller
 * decides what to do with a valid result.
 */
export function importResult<TData = unknown>(text: string, options: ImportOptions<TData>): ImportOutcome<TData> {
  try {
    if (typeof text !== 'string') return refused(resultError('not-results-file'));
    const maxBytes = options.maxBytes ?? MAX_RESULT_BYTES;
    const size = options.byteLength ?? utf8Length(text);
    if (size > maxBytes) return refused(resultError('file-too-large', { size, limit: maxBytes }));
    const parsed = parseJsonText(text);
    if (!parsed.ok) return refused(parsed.error);
    return validateEnvelope(parsed.value, options);
  } catch {
    // Defensive: a tool's dataSchema with a throwing refinement must not break the page.
    return refused(resultError('not-results-file'));
  }
}

/** Reads a shared result from a location hash (`#r=1.…`): decoded, size-checked and validated. */
export async function importShareFragment<TData = unknown>(
  fragment: string,
  options: ValidateOptions<TData> & { readonly maxBytes?: number | undefined },
): Promise<ImportOutcome<TData>> {
  try {
    const decoded = await decodeShareFragment(fragment, options.maxBytes ?? MAX_RESULT_BYTES);
    if (!decoded.ok) return refused(decoded.error);
    return validateEnvelope(decoded.value, options);
  } catch {
    return refused(resultError('share-bad-content'));
  }
}

export interface ImportFile {
  readonly name: string;
  readonly text: string;
  readonly byteLength?: number | undefined;
  /** Set when the file could not be turned into text (e.g. not UTF-8): it is refused with this error. */
  readonly error?: ResultError | undefined;
}

export interface FileImportOutcome<TData> {
  readonly name: string;
  readonly outcome: ImportOutcome<TData>;
}

/** Imports several files independently: one outcome per file, in the same order. */
export function importMany<TData = unknown>(
  files: readonly ImportFile[],
  options: ValidateOptions<TData> & { readonly maxBytes?: number | undefined },
): FileImportOutcome<TData>[] {
  return files.map((file) => ({
    name: file.name,
    outcome: file.error
      ? refused<TData>(file.error)
      : importResult(file.text, { ...options, byteLength: file.byteLength }),
  }));
}

/**
 * Whether opening `incoming` should first ask the person: true when the open result has
 * unsaved changes (`currentUnsaved` is that result, or null when everything is saved) that
 * `incoming` would replace. Opening the very same content needs no confirmation.
 */
export function needsConfirmation(
  currentUnsaved: ResultEnvelope<unknown> | null,
  incoming: ResultEnvelope<unknown>,
): boolean {
  return currentUnsaved !== null && !deepEqual(currentUnsaved, incoming);
}

/**
 * The links a facilitator pasted: one per line or separated by spaces, in order. A token holding a
 * `#` is read from there; a bare `r=…` is taken as the fragment itself.
 */
export function splitPastedLinks(text: string): string[] {
  return text.split(/\s+/).filter((token) => token !== '');
}

export interface LinkImportOutcome<TData> {
  /** Position of the link in what was pasted, from 1. */
  readonly n: number;
  readonly outcome: ImportOutcome<TData>;
}

/**
 * Every pasted link through importShareFragment, one outcome each (in order): each good one is a
 * result, each bad one is refused with its own errors and the others go on. The one rule for every
 * tool's team view.
 */
export async function importPastedLinks<TData = unknown>(
  text: string,
  options: ValidateOptions<TData> & { readonly maxBytes?: number | undefined },
): Promise<LinkImportOutcome<TData>[]> {
  const outcomes: LinkImportOutcome<TData>[] = [];
  for (const [index, token] of splitPastedLinks(text).entries()) {
    const hashAt = token.indexOf('#');
    const fragment = hashAt >= 0 ? token.slice(hashAt) : token.startsWith('r=') ? `#${token}` : '';
    const outcome = fragment === '' ? refused<TData>(resultError('share-missing')) : await importShareFragment<TData>(fragment, options);
    outcomes.push({ n: index + 1, outcome });
  }
  return outcomes;
}
