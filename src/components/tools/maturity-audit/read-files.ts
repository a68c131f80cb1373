import { importMany, importShareFragment, type ResultEnvelope, type ToolDefinition } from '../../../lib/results/index';
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
    else refused.push({ name, message: outcome.message });
  }
  return { valid, refused };
}

/** Share links (one per line) through the layer's importShareFragment. */
export async function importLinks(text: string, tool: ToolDefinition<AuditData>, lang: Lang, name: (n: number) => string): Promise<Imported> {
  const lines = text
    .split(/\s+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const valid: ResultEnvelope<AuditData>[] = [];
  const refused: { name: string; message: string }[] = [];
  for (const [index, line] of lines.entries()) {
    const hashAt = line.indexOf('#');
    const fragment = hashAt >= 0 ? line.slice(hashAt) : `#${line}`;
    const outcome = await importShareFragment(fragment, { expectedTool: tool, lang });
    if (outcome.ok) valid.push(outcome.envelope);
    else refused.push({ name: name(index + 1), message: outcome.message });
  }
  return { valid, refused };
}
