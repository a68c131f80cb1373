import { z } from 'zod/mini';
import { envelopeSchema, RESULT_FORMAT, RESULT_FORMAT_VERSION, type ResultEnvelope } from './envelope';
import { resultError, type ResultError } from './errors';
import { migrateData } from './migrate';
import type { AnyToolDefinition, ToolDefinition, ToolRegistry } from './tool-definition';
import { isResultToolId, type Lang, type ResultToolId } from './types';
import { displayValue, issuesToErrors } from './zod-issues';
import { inspectValue, MAX_NESTING_DEPTH, type ValueFault } from './inspect';

export interface ValidateOptions<TData> {
  /** Definitions of the tools this page knows; optional when `expectedTool` is a definition. */
  readonly registry?: ToolRegistry | undefined;
  /** Refuse results of any other tool. Passing the definition also types the returned data. */
  readonly expectedTool?: ResultToolId | ToolDefinition<TData> | undefined;
  /** Language for tool-specific messages (`describeIssue`). */
  readonly lang: Lang;
}

export type ValidationOutcome<TData> =
  | {
      readonly ok: true;
      readonly envelope: ResultEnvelope<TData>;
      /** The schema version the data was migrated from, or null when it was already current. */
      readonly migratedFrom: number | null;
    }
  | { readonly ok: false; readonly errors: readonly [ResultError, ...ResultError[]] };

function failed(error: ResultError, ...more: ResultError[]): { ok: false; errors: [ResultError, ...ResultError[]] } {
  return { ok: false, errors: [error, ...more] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Path to the first `__proto__` key, or null (see inspectValue, which also bounds the depth).
 * Kept for callers that only ask about prototype keys; linear in the size of the value.
 */
export function findProtoKey(value: unknown): (string | number)[] | null {
  const fault = inspectValue(value, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  return fault?.kind === 'proto-key' ? [...fault.path] : null;
}

function faultError(fault: ValueFault): ResultError {
  if (fault.kind === 'too-deep') return resultError('too-deep', { max: MAX_NESTING_DEPTH });
  if (fault.kind === 'too-many-entries') return resultError('far-too-many', { count: fault.count }, fault.path);
  return resultError('invalid-field', {}, fault.path);
}

const schemaCache = new WeakMap<AnyToolDefinition, z.core.$ZodType<ResultEnvelope<unknown>>>();

function schemaFor(definition: AnyToolDefinition): z.core.$ZodType<ResultEnvelope<unknown>> {
  let schema = schemaCache.get(definition);
  if (!schema) {
    schema = envelopeSchema(definition.id, definition.dataSchema);
    schemaCache.set(definition, schema);
  }
  return schema;
}

function findDefinition<TData>(
  tool: string,
  options: ValidateOptions<TData>,
): ToolDefinition<TData> | AnyToolDefinition | undefined {
  const expected = options.expectedTool;
  if (expected !== undefined && typeof expected !== 'string' && expected.id === tool) return expected;
  return options.registry?.get(tool);
}

/**
 * Checks a parsed JSON value and returns a valid, current-version envelope. Order of checks:
 * format marker, envelope format version, tool (known, expected), data version (not newer,
 * migrated if older), then every field with zod. Never throws and never mutates `raw`.
 * Before anything else walks it, the value is checked in one linear pass: nesting deeper than any
 * result has, or a `__proto__` key, is refused at once.
 */
export function validateEnvelope<TData = unknown>(raw: unknown, options: ValidateOptions<TData>): ValidationOutcome<TData> {
  const fault = inspectValue(raw);
  if (fault) return failed(faultError(fault));
  if (!isPlainObject(raw) || raw['format'] !== RESULT_FORMAT) return failed(resultError('not-results-file'));

  const formatVersion = raw['formatVersion'];
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > RESULT_FORMAT_VERSION) {
    return failed(resultError('unsupported-format-version', { found: formatVersion, supported: RESULT_FORMAT_VERSION }));
  }

  const tool = raw['tool'];
  // A site tool, or one the caller brings (a test's fake tool): anything else is unknown.
  if (typeof tool !== 'string' || (!isResultToolId(tool) && !findDefinition(tool, options))) {
    return failed(resultError('unknown-tool', { tool: displayValue(tool) }, ['tool']));
  }
  const expected = options.expectedTool;
  const expectedId = typeof expected === 'string' ? expected : expected?.id;
  if (expectedId !== undefined && expectedId !== tool) {
    return failed(resultError('wrong-tool', { found: tool, expected: expectedId }, ['tool']));
  }
  const definition = findDefinition(tool, options);
  if (!definition) return failed(resultError('unknown-tool', { tool }, ['tool']));

  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failed(resultError('invalid-version', { value: displayValue(version) }, ['schemaVersion']));
  }
  if (version > definition.schemaVersion) {
    return failed(resultError('newer-version', { found: version, supported: definition.schemaVersion }, ['schemaVersion']));
  }

  let data = raw['data'];
  if (version < definition.schemaVersion) {
    const migrated = migrateData(definition, version, data);
    if (!migrated.ok) return failed(migrated.error);
    data = migrated.value;
  }

  if (version < definition.schemaVersion) {
    // A migration is tool code: check what it returned as strictly as what was read.
    const migratedFault = inspectValue(data);
    if (migratedFault) return failed(faultError({ ...migratedFault, path: ['data', ...migratedFault.path] }));
  }

  const parsed = z.safeParse(
    schemaFor(definition),
    { ...raw, schemaVersion: definition.schemaVersion, data },
    { reportInput: true },
  );
  if (!parsed.success) {
    const [first, ...rest] = issuesToErrors(parsed.error.issues, definition, options.lang);
    return failed(first ?? resultError('invalid-field'), ...rest);
  }
  return {
    ok: true,
    envelope: parsed.data as ResultEnvelope<TData>,
    migratedFrom: version < definition.schemaVersion ? version : null,
  };
}
