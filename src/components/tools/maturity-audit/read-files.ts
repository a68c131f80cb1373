import { formatErrorSummary, importMany, importPastedLinks, resultsText, type ResultEnvelope, type ToolDefinition } from '../../results/deps';
import { readFiles } from '../../results/read-files';
import type { Lang } from '../../../lib/i18n-core';
import type { AuditData } from '../../../lib/maturity-audit/index';

export interface Imported {
  readonly valid: ResultEnvelope<AuditData>[];
  /** One per refused source: its name and the layer's message. */
  readonly refused: { readonly name: string; readonly message: string }[];
}

/** Files through the results layer's importMany: validated, migrated, each with its own outcome. */
export async function importFiles(files: readonly File[], tool: ToolDefinition<AuditData>, lang: Lang): Promise<Imported> {
  const outcomes = importMany(await readFiles(files), { expectedTool: tool, lang });
  const valid: ResultEnvelope<AuditData>[] = [];
  const refused: { name: string; message: string }[] = [];
  for (const { name, outcome } of outcomes) {
    if (outcome.ok) valid.push(outcome.envelope);
    else refused.push({ name, message: formatErrorSummary(outcome.errors, resultsText(lang)) });
  }
  return { valid, refused };
}

/** Share links (one per line or separated by spaces) through the layer's one rule for pasted links. */
export async function importLinks(text: string, tool: ToolDefinition<AuditData>, lang: Lang, name: (n: number) => string): Promise<Imported> {
  const valid: ResultEnvelope<AuditData>[] = [];
  const refused: { name: string; message: string }[] = [];
  for (const { n, outcome } of await importPastedLinks(text, { expectedTool: tool, lang })) {
    if (outcome.ok) valid.push(outcome.envelope);
    else refused.push({ name: name(n), message: formatErrorSummary(outcome.errors, resultsText(lang), 'link') });
  }
  return { valid, refused };
}
