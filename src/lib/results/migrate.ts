import { fail, ok, resultError, type Outcome } from './errors';
import type { AnyToolDefinition } from './tool-definition';

/**
 * Runs a tool's migrations from `fromVersion` up to its current version, one step at a time.
 * The input is cloned first, so a migration that mutates its argument cannot alter the caller's value.
 */
export function migrateData(definition: AnyToolDefinition, fromVersion: number, data: unknown): Outcome<unknown> {
  let current: unknown;
  try {
    current = structuredClone(data);
  } catch {
    return fail(resultError('migration-failed', { from: fromVersion, to: fromVersion + 1 }));
  }
  for (let version = fromVersion; version < definition.schemaVersion; version += 1) {
    const step = Object.prototype.hasOwnProperty.call(definition.migrations, version)
      ? definition.migrations[version]
      : undefined;
    if (typeof step !== 'function') return fail(resultError('missing-migration', { from: version, to: version + 1 }));
    try {
      current = step(current);
    } catch {
      return fail(resultError('migration-failed', { from: version, to: version + 1 }));
    }
  }
  return ok(current);
}
