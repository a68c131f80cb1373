/**
 * Worked scenarios: an invented organisation's result for one tool, opened from a plain link (the
 * results layer's share link, so participants get a read-only view and can keep their own copy).
 * Pure: the caller supplies the tool's data, its definition and the date.
 */
import { makeEnvelope, type ResultEnvelope } from '../results/envelope';
import { encodeShareFragment } from '../results/share-codec';
import type { AnyToolDefinition } from '../results/tool-definition';
import type { Lang } from '../i18n-core';
import type { ToolId } from '../tools';

export interface ScenarioSpec {
  readonly tool: ToolId;
  readonly id: string;
  readonly lang: Lang;
  readonly title: string;
  readonly respondent?: string | undefined;
  readonly data: unknown;
  readonly schemaVersion: number;
  /** The date the scenario carries (the edition's), so links stay identical between builds. */
  readonly date: string;
}

/** The scenario's result id: stable, so that opening the link twice never makes two copies. */
export function scenarioResultId(tool: ToolId, id: string, lang: Lang): string {
  return `scenario-${tool}-${id}-${lang}`.slice(0, 64);
}

export function scenarioEnvelope(spec: ScenarioSpec): ResultEnvelope<unknown> {
  return makeEnvelope({
    tool: spec.tool,
    schemaVersion: spec.schemaVersion,
    data: spec.data,
    lang: spec.lang,
    id: scenarioResultId(spec.tool, spec.id, spec.lang),
    now: `${spec.date}T00:00:00.000Z`,
    title: spec.title,
    respondent: spec.respondent,
  });
}

/** The `#r=…` fragment that opens the scenario; throws when the scenario does not encode. */
export async function scenarioFragment(spec: ScenarioSpec, definition?: AnyToolDefinition): Promise<string> {
  const encoded = await encodeShareFragment(scenarioEnvelope(spec), definition);
  if (!encoded.ok) throw new Error(`scenario ${spec.tool}/${spec.id} (${spec.lang}) cannot be shared: ${encoded.error.code}`);
  return encoded.value;
}
