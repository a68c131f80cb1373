/**
 * Worked scenarios, resolved at build time from the tools' data files: the positioning tool's
 * presets, the planner's worked examples, and the audit's scenarios.json. Each becomes a plain link
 * to the tool page carrying the scenario as a share link (`#r=…`).
 */
import { z } from 'zod/mini';
import type { Lang } from '../lib/i18n-core';
import type { ToolId } from '../lib/tools';
import { answerValueSchema, AUDIT_SCHEMA_VERSION, type Answers } from '../lib/maturity-audit/index';
import { parseQuestionnaire } from '../lib/maturity-audit/questionnaire-schema';
import { loadContent } from '../lib/segment-positioning/content';
import { createPositioningTool, presetToData } from '../lib/segment-positioning/index';
import { positioningText } from '../i18n/tools/segment-positioning/index';
import { createPlannerTool, exampleData } from '../lib/participation-planner/index';
import { plannerText } from '../i18n/tools/participation-planner/index';
import { loadPlannerPage } from '../lib/participation-planner/content-check';
import { scenarioFragment, type ScenarioSpec } from '../lib/scenarios/index';
import { EDITION_DATE } from '../lib/edition';
import type { AnyToolDefinition } from '../lib/results/tool-definition';
import auditScenariosJson from '../content/tools/maturity-audit/scenarios.json';
import questionsEn from '../content/tools/maturity-audit/questions.en.json';
import { href } from './links';
import { idSchema } from '../lib/tool-content';

const localized = z.strictObject({ fr: z.string().check(z.minLength(3)), en: z.string().check(z.minLength(3)) });
const auditScenariosSchema = z.object({
  scenarios: z.array(
    z.strictObject({
      id: idSchema,
      title: localized,
      respondent: z.optional(localized),
      /** Statement id → answer value (0–4 or "dk"). */
      answers: z.record(z.string(), answerValueSchema),
    }),
  ),
});

function auditScenarios() {
  const parsed = z.safeParse(auditScenariosSchema, auditScenariosJson);
  if (!parsed.success) throw new Error(`src/content/tools/maturity-audit/scenarios.json is invalid: ${z.prettifyError(parsed.error)}`);
  const known = new Set(parseQuestionnaire(questionsEn, 'questions.en.json').dimensions.flatMap((d) => d.statements.map((s) => s.id)));
  for (const scenario of parsed.data.scenarios) {
    const unknown = Object.keys(scenario.answers).filter((id) => !known.has(id));
    if (unknown.length) throw new Error(`scenarios.json: scenario "${scenario.id}" answers unknown statements ${unknown.join(', ')}`);
  }
  return parsed.data.scenarios;
}

function auditAnswers(values: Readonly<Record<string, number | 'dk'>>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));
}

export interface Scenario {
  readonly tool: ToolId;
  readonly id: string;
  readonly title: string;
}

/** Every worked scenario of a tool, in one language. */
export function scenariosOf(lang: Lang, tool: ToolId): Scenario[] {
  return specsOf(lang, tool).map(({ spec }) => ({ tool, id: spec.id, title: spec.title }));
}

function specsOf(lang: Lang, tool: ToolId): { spec: ScenarioSpec; definition?: AnyToolDefinition }[] {
  const date = EDITION_DATE;
  switch (tool) {
    case 'maturity-audit':
      return auditScenarios().map((s) => ({
        spec: { tool, id: s.id, lang, title: s.title[lang], respondent: s.respondent?.[lang], data: { answers: auditAnswers(s.answers), plan: [] }, schemaVersion: AUDIT_SCHEMA_VERSION, date },
      }));
    case 'segment-positioning':
      return loadContent(lang).presets.presets.map((preset) => ({
        spec: { tool, id: preset.id, lang, title: preset.title, data: presetToData(preset), schemaVersion: createPositioningTool(positioningText).schemaVersion, date },
        definition: createPositioningTool(positioningText),
      }));
    case 'participation-planner': {
      const content = loadPlannerPage(lang);
      const definition = createPlannerTool(plannerText, content);
      return content.examples.map((example) => {
        const words = content.words.examples.find((text) => text.id === example.id);
        return {
          spec: { tool, id: example.id, lang, title: words?.name ?? example.id, data: exampleData(example.id, lang, content), schemaVersion: definition.schemaVersion, date },
          definition,
        };
      });
    }
  }
}

const cache = new Map<string, Promise<string>>();

/** The address of a tool opened on one of its worked scenarios; throws on an unknown scenario. */
export function scenarioHref(lang: Lang, tool: ToolId, scenario: string): Promise<string> {
  const key = `${lang}/${tool}/${scenario}`;
  let link = cache.get(key);
  if (!link) {
    const found = specsOf(lang, tool).find(({ spec }) => spec.id === scenario);
    if (!found) throw new Error(`unknown worked scenario "${scenario}" for the ${tool} tool (known: ${specsOf(lang, tool).map(({ spec }) => spec.id).join(', ')})`);
    link = scenarioFragment(found.spec, found.definition).then((fragment) => `${href(lang, { kind: 'tool', tool })}${fragment}`);
    cache.set(key, link);
  }
  return link;
}
