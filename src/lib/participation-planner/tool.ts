import { pt } from '../../i18n/tools/participation-planner/index';
import type { Lang } from '../i18n-core';
import { defineTool, type CsvCell, type CsvTable, type ToolDefinition } from '../results/tool-definition';
import type { ResultEnvelope } from '../results/envelope';
import { wordsOf, type PlannerContent } from './content';
import { answerLabel, fieldLabel, formatDistance, leverLabel, profileName } from './describe';
import { evaluatePlan } from './evaluate';
import { emptyPlannerData, plannerDataSchema, type PlannerData } from './schema';
import { FIELDS, LEVERS, MOMENTS } from './scales';

/** CSV columns: section, item id, label, value, note, owner, due date, status. */
export function plannerCsv(envelope: ResultEnvelope<PlannerData>, lang: Lang, content: PlannerContent): CsvTable {
  const { data } = envelope;
  const evaluation = evaluatePlan(data, content);
  const words = wordsOf(content, lang);
  const yes = (flag: boolean): string => pt(lang, flag ? 'csv.yes' : 'csv.no');
  const row = (section: Parameters<typeof pt>[1], item: string, label: string, value: CsvCell, note: CsvCell = null): CsvCell[] => [
    pt(lang, section),
    item,
    label,
    value,
    note,
    null,
    null,
    null,
  ];
  const rows: CsvCell[][] = [
    row('csv.section.meta', 'title', pt(lang, 'csv.title'), envelope.title),
    row('csv.section.meta', 'respondent', pt(lang, 'csv.respondent'), envelope.respondent ?? null),
    row('csv.section.meta', 'example', pt(lang, 'csv.example'), data.example),
    row('csv.section.offer', 'name', pt(lang, 'offer.name'), data.offer.name),
    row('csv.section.offer', 'sector', pt(lang, 'offer.sector'), data.offer.sector),
    row('csv.section.offer', 'description', pt(lang, 'offer.description'), data.offer.description),
    ...MOMENTS.map((moment) =>
      row('csv.section.timing', moment, words.questions.moments[moment].label, yes(data.timing[moment].used), data.timing[moment].what || null),
    ),
    ...FIELDS.map((field) =>
      row('csv.section.answers', field, fieldLabel(lang, field, content), evaluation.answers[field] === undefined ? null : answerLabel(lang, field, evaluation.answers[field], content)),
    ),
  ];
  if (evaluation.proposal.kind === 'proposal') {
    const best = evaluation.proposal.ranking[0];
    rows.push(row('csv.section.profile', 'proposed', pt(lang, 'csv.proposed'), profileName(lang, evaluation.proposal.proposed, content)));
    if (best) rows.push(row('csv.section.profile', 'distance', pt(lang, 'csv.distance'), Number(formatDistance('en', best.units))));
  }
  if (evaluation.chosen !== null) rows.push(row('csv.section.profile', 'chosen', pt(lang, 'csv.chosen'), profileName(lang, evaluation.chosen, content)));
  for (const lever of LEVERS) rows.push(row('csv.section.mix', lever, leverLabel(lang, lever), evaluation.emphasis.levers[lever].value));
  for (const rule of evaluation.emphasis.fired) rows.push(row('csv.section.rules', rule.id, rule.text.rule, null));
  for (const action of data.actions) {
    rows.push([
      pt(lang, 'csv.section.actions'),
      action.id,
      leverLabel(lang, action.lever),
      action.text,
      action.source,
      action.owner,
      action.due,
      pt(lang, `status.${action.status}`),
    ]);
  }
  for (const item of words.checklist) {
    const check = data.checks[item.id];
    rows.push(row('csv.section.checks', item.id, item.label, yes(check?.confirmed ?? false), check?.note || null));
  }
  return {
    header: [
      pt(lang, 'csv.section'),
      pt(lang, 'csv.item'),
      pt(lang, 'csv.label'),
      pt(lang, 'csv.value'),
      pt(lang, 'csv.note'),
      pt(lang, 'csv.owner'),
      pt(lang, 'csv.due'),
      pt(lang, 'csv.status'),
    ],
    rows,
  };
}

/** The participation planner, as registered with the results layer (schema version 1), for a page's content. */
export function createPlannerTool(content: PlannerContent): ToolDefinition<PlannerData> {
  return defineTool<PlannerData>({
    id: 'participation-planner',
    schemaVersion: 1,
    dataSchema: plannerDataSchema,
    migrations: {},
    emptyData: emptyPlannerData,
    csvRows: (envelope, lang) => plannerCsv(envelope, lang, content),
  });
}
