/**
 * The maturity audit as a tool of the results layer. The data schema is fixed (ids are checked
 * by pattern, not against the questionnaire, so an answer to a statement that a later edition
 * removed is kept rather than refused); the CSV needs the questionnaire's texts, hence a
 * factory, cached per questionnaire so the hooks always receive the same definition object.
 * Its CSV speaks the questionnaire's language, whatever language the caller asks for.
 */
import { resultError } from '../results/errors';
import { displayValue } from '../results/zod-issues';
import { defineTool, type ToolDefinition } from '../results/tool-definition';
import { auditCsv } from './csv';
import type { AuditText } from './text';
import { ANSWER_MAX, ANSWER_MIN, auditDataSchema, emptyAuditData, type AuditData } from './data-schema';
import type { Questionnaire } from './questionnaire-schema';
import { migrateAuditV1toV2 } from './migrate-v1';

export const AUDIT_TOOL_ID = 'maturity-audit';
/** Version 2: the questionnaire's second edition (see migrate-v1.ts). */
export const AUDIT_SCHEMA_VERSION = 2;

const cache = new WeakMap<Questionnaire, ToolDefinition<AuditData>>();

/** `t` speaks the questionnaire's language (one dictionary per page, not both). */
export function createAuditTool(questionnaire: Questionnaire, t: AuditText): ToolDefinition<AuditData> {
  const cached = cache.get(questionnaire);
  if (cached) return cached;
  const tool = defineTool<AuditData>({
    id: AUDIT_TOOL_ID,
    schemaVersion: AUDIT_SCHEMA_VERSION,
    dataSchema: auditDataSchema,
    migrations: { 1: migrateAuditV1toV2 },
    emptyData: emptyAuditData,
    csvRows: (envelope) => auditCsv(envelope, questionnaire, t),
    describeIssue(path, issue, lang) {
      // answers.<id>.value, team.respondents.<n>.answers.<id>.value, team.decisions.<id>.value
      const valueAt = path.length >= 3 && path[path.length - 1] === 'value' ? path[path.length - 2] : undefined;
      if (typeof valueAt !== 'string' || !('input' in issue)) return undefined;
      const input = issue.input;
      // A short, cut excerpt: a 900 kB value must not become a 900 kB message.
      const shown = typeof input === 'string' ? `"${displayValue(input)}"` : displayValue(input);
      if (lang === questionnaire.lang) return t('issue.value', { id: valueAt, value: shown });
      return resultError('answer-out-of-range', { question: valueAt, value: shown, min: ANSWER_MIN, max: ANSWER_MAX }, ['data', ...path]);
    },
  });
  cache.set(questionnaire, tool);
  return tool;
}
