import type { Lang } from '../i18n-core';
import type { PlannerText, PlannerTextKey } from './text';
import { defineTool, type CsvCell, type CsvTable, type ToolDefinition } from '../results/tool-definition';
import type { ResultEnvelope } from '../results/envelope';
import { wordsOf, type PlannerContent } from './content';
import { answerLabel, fieldLabel, formatDistance, leverLabel, profileName } from './describe';
import { evaluatePlan } from './evaluate';
import { emptyPlannerData, plannerDataSchema, type PlannerData } from './schema';
import { FIELDS, LEVERS, MOMENTS } from './scales';

/** CSV columns: section, item id, label, value, note, owner, due date, status. */
export function plannerCsv(envelope: ResultEnvelope<PlannerData>, t: PlannerText, content: PlannerContent): CsvTable {
  const { data } = envelope;
  const evaluation = evaluatePlan(data, content);
  const words = wordsOf(content, t.lang);
  const yes = (flag: boolean): string => t(flag ? 'csv.yes' : 'csv.no');
  const row = (section: PlannerTextKey, item: string, label: string, value: CsvCell, note: CsvCell = null): CsvCell[] => [
    t(section),
    item,
    label,
    value,
    note,
    null,
    null,
    null,
  ];
  const rows: CsvCell[][] = [
    row('csv.section.meta', 'title', t('csv.title'), envelope.title),
    row('csv.section.meta', 'respondent', t('csv.respondent'), envelope.respondent ?? null),
    row('csv.section.meta', 'example', t('csv.example'), data.example),
    row('csv.section.offer', 'name', t('offer.name'), data.offer.name),
    row('csv.section.offer', 'sector', t('offer.sector'), data.offer.sector),
    row('csv.section.offer', 'description', t('offer.description'), data.offer.description),
    ...MOMENTS.map((moment) =>
      row('csv.section.timing', moment, words.questions.moments[moment].label, yes(data.timing[moment].used), data.timing[moment].what || null),
    ),
    ...FIELDS.map((field) =>
      row('csv.section.answers', field, fieldLabel(t.lang, field, content), evaluation.answers[field] === undefined ? null : answerLabel(t, field, evaluation.answers[field], content)),
    ),
  ];
  if (evaluation.proposal.kind === 'proposal') {
    const best = evaluation.proposal.ranking[0];
    rows.push(row('csv.section.profile', 'proposed', t('csv.proposed'), profileName(t.lang, evaluation.proposal.proposed, content)));
    if (best) rows.push(row('csv.section.profile', 'distance', t('csv.distance'), Number(formatDistance('en', best.units))));
  }
  if (evaluation.chosen !== null) rows.push(row('csv.section.profile', 'chosen', t('csv.chosen'), profileName(t.lang, evaluation.chosen, content)));
  for (const lever of LEVERS) rows.push(row('csv.section.mix', lever, leverLabel(t, lever), evaluation.emphasis.levers[lever].value));
  for (const rule of evaluation.emphasis.fired) rows.push(row('csv.section.rules', rule.id, rule.text.rule, null));
  for (const action of data.actions) {
    rows.push([
      t('csv.section.actions'),
      action.id,
      leverLabel(t, action.lever),
      action.text,
      action.source,
      action.owner,
      action.due,
      t(`status.${action.status}`),
    ]);
  }
  for (const item of words.checklist) {
    const check = data.checks[item.id];
    rows.push(row('csv.section.checks', item.id, item.label, yes(check?.confirmed ?? false), check?.note || null));
  }
  return {
    header: [
      t('csv.section'),
      t('csv.item'),
      t('csv.label'),
      t('csv.value'),
      t('csv.note'),
      t('csv.owner'),
      t('csv.due'),
      t('csv.status'),
    ],
    rows,
  };
}

/** The participation planner, as registered with the results layer (schema version 1): `text` gives the words of a language, `content` is the page's tool content. */
export function createPlannerTool(text: (lang: Lang) => PlannerText, content: PlannerContent): ToolDefinition<PlannerData> {
  return defineTool<PlannerData>({
    id: 'participation-planner',
    schemaVersion: 1,
    dataSchema: plannerDataSchema,
    migrations: {},
    emptyData: emptyPlannerData,
    csvRows: (envelope, lang) => plannerCsv(envelope, text(lang), content),
  });
}
