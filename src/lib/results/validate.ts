import { z } from 'zod/mini';
import { envelopeSchema, RESULT_FORMAT, RESULT_FORMAT_VERSION, type ResultEnvelope } from './envelope';
import { resultError, type ResultError } from './errors';
import { migrateData } from './migrate';
import type { AnyToolDefinition, ToolDefinition, ToolRegistry } from './tool-definition';
import { isResultToolId, type Lang, type ResultToolId } from './types';
import { displayValue, issuesToErrors } from './zod-issues';

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
 * Path to the first `__proto__` key, or null. JSON.parse keeps such keys as plain data but
 * copying objects (as zod does) turns them into prototypes, silently losing the value; a
 * result never needs one, so a file that has one is refused instead.
 */
export function findProtoKey(value: unknown): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || typeof next.value !== 'object' || next.value === null) continue;
    if (Array.isArray(next.value)) {
      next.value.forEach((item: unknown, index) => stack.push({ value: item, path: [...next.path, index] }));
      continue;
    }
    for (const key of Object.keys(next.value)) {
      if (key === '__proto__') return [...next.path, key];
      stack.push({ value: (next.value as Record<string, unknown>)[key], path: [...next.path, key] });
    }
  }
  return null;
}

const schemaCache = new WeakMap<AnyToolDefinition, z.core.$ZodType<ResultEnvelope<unknown>>>();

function schemaFor(definition: AnyToolDefinition): z.core.$ZodType<ResultEnvelope<unknown>> {
  let schema = schemaCache.get(definition);
  if (!schema) {
    schema = envelopeSchema(definition.dataSchema);
    schemaCache.set(definition, schema);
  }
  return schema;
}

function findDefinition<TData>(
  tool: ResultToolId,
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
 */
export function validateEnvelope<TData = unknown>(raw: unknown, options: ValidateOptions<TData>): ValidationOutcome<TData> {
  if (!isPlainObject(raw) || raw['format'] !== RESULT_FORMAT) return failed(resultError('not-results-file'));

  const formatVersion = raw['formatVersion'];
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > RESULT_FORMAT_VERSION) {
    return failed(resultError('unsupported-format-version', { found: formatVersion, supported: RESULT_FORMAT_VERSION }));
  }

  const tool = raw['tool'];
  if (!isResultToolId(tool)) return failed(resultError('unknown-tool', { tool: displayValue(tool) }, ['tool']));
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

  const dataProto = findProtoKey(data);
  const protoPath = dataProto ? ['data', ...dataProto] : findProtoKey({ ...raw, data: null });
  if (protoPath) return failed(resultError('invalid-field', {}, protoPath));

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
