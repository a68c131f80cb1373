/** The result data, the results-layer definition, CSV, progress and the text summary. */
import { describe, expect, it } from 'vitest';
import { definitionProblems } from '../../../src/lib/results/tool-definition';
import { makeEnvelope } from '../../../src/lib/results/envelope';
import { stripEmpty } from '../../../src/lib/results/compact';
import { toCsv } from '../../../src/lib/results/csv';
import { validateEnvelope } from '../../../src/lib/results/validate';
import {
  completedSteps,
  emptyPlannerData,
  evaluatePlan,
  exampleData,
  exampleTitle,
  frameworkRows,
  createPlannerTool,
  plannerDataSchema,
  stepStatuses,
  summarySentences,
  type PlannerData,
} from '../../../src/lib/participation-planner/index';
import { plannerText } from '../../../src/i18n/tools/participation-planner/index';
import { CONTENT } from './planner-content';

const example = (id: string, lang: 'fr' | 'en' = 'en'): PlannerData => {
  const data = exampleData(id, lang, CONTENT[lang]);
  if (!data) throw new Error(id);
  return data;
};
const envelope = (data: PlannerData, lang: 'fr' | 'en' = 'en') =>
  makeEnvelope({ tool: 'participation-planner', schemaVersion: 1, data, lang, id: 'abc', now: '2026-01-02T03:04:05.000Z', title: 'Plan =1+1', respondent: 'Ana' });

describe('result data', () => {
  it('is a valid tool definition whose empty data matches the schema', () => {
    expect(definitionProblems(createPlannerTool(plannerText, CONTENT.en) as never)).toEqual([]);
    expect(emptyPlannerData()).toMatchObject({ level: null, actions: [], checks: {}, example: null });
  });

  it('restores a compacted plan exactly (share links drop empty fields)', () => {
    const data: PlannerData = {
      ...example('concert'),
      actions: [{ id: 'a1', lever: 'configuration', source: 'setting-layout', text: 'Barriers', owner: '', due: '', status: 'todo' }],
      checks: { experience: { confirmed: true, note: '' } },
    };
    expect(plannerDataSchema.parse(stripEmpty(data))).toEqual(data);
    expect(plannerDataSchema.parse(stripEmpty(emptyPlannerData()))).toEqual(emptyPlannerData());
  });

  it('refuses impossible values with their path', () => {
    const bad = { ...emptyPlannerData(), level: 'extreme' };
    expect(plannerDataSchema.safeParse(bad).success).toBe(false);
    const badDate = { ...emptyPlannerData(), actions: [{ id: 'a', lever: 'sanction', text: 'x', due: '2026-13-01' }] };
    const parsed = plannerDataSchema.safeParse(badDate);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['actions', 0, 'due']);
    const outcome = validateEnvelope({ ...envelope(emptyPlannerData()), data: { ...emptyPlannerData(), unknown: 1 } }, { expectedTool: createPlannerTool(plannerText, CONTENT.en), lang: 'en' });
    expect(outcome.ok).toBe(false);
  });

  it('builds every worked example as valid data in both languages, labelled as an illustration', () => {
    for (const { id } of CONTENT.en.examples) {
      for (const lang of ['fr', 'en'] as const) {
        const data = example(id, lang);
        expect(plannerDataSchema.parse(data)).toEqual(data);
        expect(data.example).toBe(id);
      }
    }
    expect(exampleTitle('flat-pack', plannerText('en'), CONTENT.en)).toBe('Flat-pack furniture (illustration)');
    expect(exampleTitle('flat-pack', plannerText('fr'), CONTENT.fr)).toBe('Meuble en kit (illustration)');
    expect(exampleData('nope', 'en', CONTENT.en)).toBeNull();
  });
});

describe('progress', () => {
  it('counts the six input steps', () => {
    const empty = stepStatuses(emptyPlannerData());
    expect(Object.values(empty)).toEqual(['empty', 'empty', 'empty', 'empty', 'empty', 'empty']);
    expect(completedSteps(empty)).toBe(0);
    expect(completedSteps(stepStatuses(example('weight-loss')))).toBe(6);
  });
  it('marks partly filled steps', () => {
    const data = emptyPlannerData();
    const partial: PlannerData = {
      ...data,
      offer: { ...data.offer, name: 'Kiosk' }, // no involvement yet
      timing: { ...data.timing, coProduction: { used: true, what: '' } }, // ticked without saying what
      profile: { ...data.profile, participants: 'alone' },
      readiness: { ...data.readiness, stakes: 'high' },
    };
    expect(stepStatuses(partial)).toEqual({
      offer: 'partial',
      timing: 'partial',
      level: 'empty',
      personalisation: 'empty',
      profile: 'partial',
      readiness: 'partial',
    });
  });
});

describe('summary', () => {
  it('says the plan in a few sentences', () => {
    const data = example('flat-pack');
    expect(summarySentences(data, evaluatePlan(data, CONTENT.en), plannerText('en'), CONTENT.en)).toEqual([
      '“A flat-pack bookcase” asks customers for a moderate level of participation.',
      'They step in at co-production.',
      'Co-production profile used: B. Flat-pack furniture (proposed).',
      // 40 / 25 / 60: one-off −15 sanction; high deviance +10 sanction +10 configuration; low freedom +10 configuration
      'Suggested emphasis: Configuration of the offer 60 (moderate), then support and training 40 (moderate) and sanction 25 (light).',
      'Rules fired: 3.',
      'The action plan is still empty.',
    ]);
  });
  it('mentions a profile chosen against the proposal, in French', () => {
    const base = example('flat-pack', 'fr');
    const data: PlannerData = {
      ...base,
      profile: { ...base.profile, override: 'D' },
      actions: [{ id: 'a', lever: 'configuration', source: null, text: 'Notice', owner: 'Léa', due: '2026-05-01', status: 'done' }],
    };
    const sentences = summarySentences(data, evaluatePlan(data, CONTENT.en), plannerText('fr'), CONTENT.fr);
    expect(sentences[2]).toBe('Profil de coproduction retenu : D. Coproduction centrée sur l’objet (choisi ; proposé : B. Meuble en kit).');
    expect(sentences[5]).toBe('Plan d’action : 1 action ; actions faites : 1.');
  });
  it('places the offer in the frameworks, row by row', () => {
    const data = example('concert');
    const rows = Object.fromEntries(frameworkRows(data, evaluatePlan(data, CONTENT.en), plannerText('en'), CONTENT.en).map((row) => [row.key, row.value]));
    expect(rows['timing']).toBe('Pre-conception, Co-production');
    expect(rows['level']).toBe('Moderate');
    expect(rows['characteristics']).toBe('Number of participants: Mass; One-off or repeated: One-off; Space of freedom: Moderate');
    expect(rows['profile']).toBe('C. Event-based co-production (proposed)');
    const empty = emptyPlannerData();
    const emptyRows = Object.fromEntries(frameworkRows(empty, evaluatePlan(empty, CONTENT.en), plannerText('fr'), CONTENT.fr).map((row) => [row.key, row.value]));
    expect(emptyRows['level']).toBe('sans réponse');
    expect(emptyRows['profile']).toBe('aucun');
  });
});

describe('CSV', () => {
  it('lists answers, profile, mix, fired rules, actions and checks, formulas neutralised', () => {
    const data: PlannerData = {
      ...example('board-game-club'),
      actions: [{ id: 'a1', lever: 'sanction', source: 'ratings', text: '=HYPERLINK("x")', owner: 'Sam', due: '2026-03-01', status: 'doing' }],
      checks: { loyalty: { confirmed: true, note: 'Members return weekly' } },
    };
    const table = createPlannerTool(plannerText, CONTENT.en).csvRows(envelope(data), 'en');
    expect(table.header).toEqual(['Section', 'Item', 'Label', 'Value', 'Note', 'Owner', 'Due date', 'Status']);
    const byItem = (item: string) => table.rows.find((row) => row[1] === item);
    expect(byItem('level')?.[3]).toBe('High');
    expect(byItem('proposed')?.[3]).toBe('E. Instrumental co-production');
    expect(byItem('distance')?.[3]).toBe(0);
    // 30 at the start; a small group is not a community, so rule 3 does not fire
    expect(byItem('sanction')?.[3]).toBe(30);
    expect(byItem('high-participation')?.[2]).toBe('High participation level → prepare customers for their role.');
    expect(byItem('repeated-community')).toBeUndefined();
    expect(byItem('a1')).toEqual(['Actions', 'a1', 'Sanction', '=HYPERLINK("x")', 'ratings', 'Sam', '2026-03-01', 'In progress']);
    expect(byItem('loyalty')).toEqual(['Benefits and limits', 'loyalty', 'Loyalty', 'yes', 'Members return weekly', null, null, null]);
    const csv = toCsv(table, { delimiter: ';' });
    // The formula is prefixed with a quote (and the cell quoted, since it holds quotes).
    expect(csv).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(csv).toContain('Plan;title;Title;Plan =1+1;');
  });
});
