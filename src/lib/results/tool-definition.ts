import { z } from 'zod/mini';
import type { ResultEnvelope } from './envelope';
import type { ResultError } from './errors';
import type { Lang, ResultToolId, ValuePath } from './types';

/** A spreadsheet cell. Strings are neutralised against formula injection on export; numbers are kept as numbers. */
export type CsvCell = string | number | null | undefined;

/** A table for CSV export: a header and one row per item (question, segment, action…). */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/** Moves a tool's data from version v to v + 1. It must keep any value it cannot place (e.g. in a `legacy` field). */
export type Migration = (data: unknown) => unknown;

export type ZodIssue = z.core.$ZodIssue;

/**
 * What a tool registers with the results layer. Methods (not function properties) so that a
 * `ToolDefinition<AuditData>` can sit in a registry of `ToolDefinition<unknown>`.
 */
export interface ToolDefinition<TData> {
  readonly id: ResultToolId;
  /** Current version of `data`; starts at 1 and goes up by one for each change of shape. */
  readonly schemaVersion: number;
  /** Any zod schema (the site uses zod/mini in browser code to keep the tools light). */
  readonly dataSchema: z.core.$ZodType<TData>;
  /** `migrations[v]` turns version-v data into version v + 1, for every v below `schemaVersion`. */
  readonly migrations: Readonly<Record<number, Migration>>;
  emptyData(): TData;
  csvRows(envelope: ResultEnvelope<TData>, lang: Lang): CsvTable;
  /**
   * Optional friendlier message for a validation issue inside `data` (`path` is relative to
   * `data`). Return a ResultError (rendered through the dictionaries), a ready localized
   * string, or undefined to keep the generic message.
   */
  describeIssue?(path: ValuePath, issue: ZodIssue, lang: Lang): ResultError | string | undefined;
}

export type AnyToolDefinition = ToolDefinition<unknown>;

/** Identity helper that lets TypeScript infer TData from the data schema. */
export function defineTool<TData>(definition: ToolDefinition<TData>): ToolDefinition<TData> {
  return definition;
}

/** Development check of a definition: every version below the current one has a migration. */
export function definitionProblems(definition: AnyToolDefinition): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(definition.schemaVersion) || definition.schemaVersion < 1) {
    problems.push(`schemaVersion must be an integer ≥ 1 (got ${definition.schemaVersion})`);
  }
  for (let version = 1; version < definition.schemaVersion; version += 1) {
    if (typeof definition.migrations[version] !== 'function') problems.push(`missing migration ${version} → ${version + 1}`);
  }
  const empty = z.safeParse(definition.dataSchema, definition.emptyData());
  if (!empty.success) problems.push('emptyData() does not match dataSchema');
  return problems;
}

/** Keyed by tool id (a string, so that a registry can be asked about any value read from a file). */
export type ToolRegistry = ReadonlyMap<string, AnyToolDefinition>;

export function createRegistry(...definitions: AnyToolDefinition[]): ToolRegistry {
  return new Map(definitions.map((definition) => [definition.id, definition] as const));
}
