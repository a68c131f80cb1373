/**
 * Worked scenarios open from plain links: every scenario of every tool encodes into a share link
 * that the results layer accepts as a valid result of that tool, with the scenario's data; every
 * scenario a chapter exercise names exists; an unknown one fails loudly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioHref, scenariosOf } from '../../src/data/scenarios';
import { importShareFragment } from '../../src/lib/results/import';
import { createAuditTool } from '../../src/lib/maturity-audit/index';
import { parseQuestionnaire } from '../../src/lib/maturity-audit/questionnaire-schema';
import { auditText } from '../../src/i18n/tools/maturity-audit/index';
import { loadContent } from '../../src/lib/segment-positioning/content';
import { presetToData, createPositioningTool } from '../../src/lib/segment-positioning/index';
import { createPlannerTool, exampleData } from '../../src/lib/participation-planner/index';
import { plannerText } from '../../src/i18n/tools/participation-planner/index';
import { scenarioEnvelope, scenarioResultId } from '../../src/lib/scenarios/index';
import { TOOL_IDS, type ToolId } from '../../src/lib/tools';
import type { AnyToolDefinition } from '../../src/lib/results/tool-definition';
import questionsEn from '../../src/content/tools/maturity-audit/questions.en.json';
import auditScenarios from '../../src/content/tools/maturity-audit/scenarios.json';
import { refusalText } from './results/refusal';
import { positioningText } from '../../src/i18n/tools/segment-positioning/index';

const segmentPositioningTool = createPositioningTool(positioningText);
import { CONTENT } from './participation-planner/planner-content';

const LANGS = ['fr', 'en'] as const;
const PATHS: Record<ToolId, Record<(typeof LANGS)[number], string>> = {
  'maturity-audit': { fr: '/fr/outils/audit-de-maturite/', en: '/en/tools/maturity-audit/' },
  'segment-positioning': { fr: '/fr/outils/positionnement-des-segments/', en: '/en/tools/segment-positioning/' },
  'participation-planner': { fr: '/fr/outils/planificateur-de-participation/', en: '/en/tools/participation-planner/' },
};

function definition(tool: ToolId): AnyToolDefinition {
  if (tool === 'segment-positioning') return segmentPositioningTool;
  if (tool === 'participation-planner') return createPlannerTool(plannerText, CONTENT.en);
  return createAuditTool(parseQuestionnaire(questionsEn, 'questions.en.json'), auditText('en')) as AnyToolDefinition;
}

describe('worked scenarios', () => {
  for (const lang of LANGS) {
    for (const tool of TOOL_IDS) {
      it(`${tool} (${lang}): every scenario is a link to the tool page that opens a valid result`, async () => {
        const scenarios = scenariosOf(lang, tool);
        expect(scenarios.length).toBeGreaterThan(0);
        for (const scenario of scenarios) {
          const link = await scenarioHref(lang, tool, scenario.id);
          expect(link.startsWith(`${PATHS[tool][lang]}#r=1.`)).toBe(true);
          const opened = await importShareFragment(link.slice(link.indexOf('#')), { expectedTool: definition(tool), lang });
          expect(opened.ok ? 'ok' : refusalText(opened, lang, 'link'), `${tool}/${scenario.id}`).toBe('ok');
          if (!opened.ok) continue;
          expect(opened.envelope.tool).toBe(tool);
          expect(opened.envelope.locale).toBe(lang);
          expect(opened.envelope.title).toBe(scenario.title);
          expect(opened.envelope.id).toBe(scenarioResultId(tool, scenario.id, lang));
        }
      });
    }
  }

  it('carry the scenario data unchanged (positioning preset, planner example, audit answers)', async () => {
    const preset = loadContent('en').presets.presets[0]!;
    const positioning = await importShareFragment((await scenarioHref('en', 'segment-positioning', preset.id)).split('#')[1]!, { expectedTool: segmentPositioningTool, lang: 'en' });
    expect(positioning.ok && positioning.envelope.data).toEqual(presetToData(preset));

    const planner = await importShareFragment((await scenarioHref('fr', 'participation-planner', 'flat-pack')).split('#')[1]!, { expectedTool: createPlannerTool(plannerText, CONTENT.en), lang: 'fr' });
    expect(planner.ok && planner.envelope.data).toEqual(exampleData('flat-pack', 'fr', CONTENT.fr));

    const audit = await importShareFragment((await scenarioHref('en', 'maturity-audit', 'energy-supplier')).split('#')[1]!, { expectedTool: definition('maturity-audit'), lang: 'en' });
    expect(audit.ok && audit.envelope.data).toEqual({
      answers: Object.fromEntries(Object.entries(auditScenarios.scenarios[0]!.answers).map(([id, value]) => [id, { value }])),
      plan: [],
    });
  });

  it('are identical from one build to the next (the date is the edition’s, not the clock’s)', async () => {
    const spec = { tool: 'maturity-audit' as const, id: 'x', lang: 'en' as const, title: 'T', data: {}, schemaVersion: 1, date: '2026-11-25' };
    expect(scenarioEnvelope(spec)).toEqual(scenarioEnvelope(spec));
    expect(scenarioEnvelope(spec).createdAt).toBe('2026-11-25T00:00:00.000Z');
  });

  it('an unknown scenario fails the build with the known ones listed', () => {
    expect(() => scenarioHref('en', 'segment-positioning', 'nope')).toThrow(/unknown worked scenario "nope".*energy-households/);
  });

  it('every scenario a chapter exercise names exists, for the tool it names', async () => {
    const guides = join(__dirname, '../../src/content/guides');
    let named = 0;
    for (const lang of LANGS) {
      for (const file of readdirSync(join(guides, lang))) {
        const frontmatter = readFileSync(join(guides, lang, file), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
        const tool = frontmatter.match(/^    tool: ([a-z-]+)$/m)?.[1];
        const scenario = frontmatter.match(/^    scenario: ([a-z0-9-]+)$/m)?.[1];
        if (!scenario) continue;
        expect(TOOL_IDS, file).toContain(tool);
        await expect(scenarioHref(lang, tool as ToolId, scenario), `${lang}/${file}`).resolves.toMatch(/#r=1\./);
        named += 1;
      }
    }
    expect(named).toBeGreaterThan(4);
  });
});
