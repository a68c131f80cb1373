import { pt } from '../../i18n/tools/participation-planner/index';
import type { Lang } from '../i18n-core';
import { wordsOf, type PlannerContent } from './content';
import { answerLabel, fieldLabel, joinList, leverLabel, profileName } from './describe';
import type { PlannerEvaluation } from './evaluate';
import { emphasisBand, leversByEmphasis, type EmphasisResult } from './rules-engine';
import type { PlannerRule } from './content-schemas';
import type { PlannerData } from './schema';
import { MOMENTS, READINESS_FIELDS, type Field } from './scales';

/** One row of the summary table: a framework of the method and where the offer sits in it. */
export interface SummaryRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

const orNone = (lang: Lang, text: string): string => (text.trim() === '' ? pt(lang, 'summary.notAnswered') : text.trim());

function answers(lang: Lang, evaluation: PlannerEvaluation, fields: readonly Field[], content: PlannerContent): string {
  return fields
    .map((field) => pt(lang, 'cond.in', { field: fieldLabel(lang, field, content), values: answerLabel(lang, field, evaluation.answers[field], content) }))
    .join(pt(lang, 'list.sep'));
}

/** The moments ticked, in words ("Pre-conception, Co-production"), or null when none is. */
export function momentsText(lang: Lang, data: PlannerData, content: PlannerContent): string | null {
  const used = MOMENTS.filter((moment) => data.timing[moment].used).map((moment) => wordsOf(content, lang).questions.moments[moment].label);
  return used.length === 0 ? null : used.join(', ');
}

/** The profile used by the plan in words: proposed, or chosen with the proposal alongside. */
export function profileText(lang: Lang, evaluation: PlannerEvaluation, content: PlannerContent): string | null {
  if (evaluation.chosen === null) return null;
  const chosen = profileName(lang, evaluation.chosen, content);
  if (!evaluation.overruled) return pt(lang, 'summary.profileProposed', { profile: chosen });
  const proposed = evaluation.proposal.kind === 'proposal' ? profileName(lang, evaluation.proposal.proposed, content) : pt(lang, 'summary.none');
  return pt(lang, 'summary.profileChosen', { profile: chosen, proposed });
}

/** Where the offer sits in the method's frameworks, row by row. */
export function frameworkRows(
  data: PlannerData,
  evaluation: PlannerEvaluation,
  lang: Lang,
  content: PlannerContent,
): SummaryRow[] {
  const label = (field: Field): string => answerLabel(lang, field, evaluation.answers[field], content);
  return [
    { key: 'offer', label: pt(lang, 'summary.row.offer'), value: orNone(lang, data.offer.name) },
    { key: 'sector', label: pt(lang, 'summary.row.sector'), value: orNone(lang, data.offer.sector) },
    {
      key: 'involvement',
      label: pt(lang, 'summary.row.involvement'),
      value: pt(lang, 'summary.row.involvementValue', { physical: label('physical'), mental: label('mental') }),
    },
    { key: 'timing', label: pt(lang, 'summary.row.timing'), value: momentsText(lang, data, content) ?? pt(lang, 'summary.none') },
    { key: 'level', label: pt(lang, 'summary.row.level'), value: label('level') },
    { key: 'personalisation', label: pt(lang, 'summary.row.personalisation'), value: label('personalisation') },
    {
      key: 'characteristics',
      label: pt(lang, 'summary.row.characteristics'),
      value: answers(lang, evaluation, ['participants', 'repetition', 'freedom'], content),
    },
    { key: 'motive', label: pt(lang, 'summary.row.motive'), value: label('motive') },
    { key: 'profile', label: pt(lang, 'summary.row.profile'), value: profileText(lang, evaluation, content) ?? pt(lang, 'summary.none') },
    { key: 'readiness', label: pt(lang, 'summary.row.readiness'), value: answers(lang, evaluation, READINESS_FIELDS, content) },
  ];
}

/** The control mix in one sentence, strongest lever first. */
export function mixSentence(emphasis: EmphasisResult<PlannerRule>, lang: Lang): string {
  const [first, second, third] = leversByEmphasis(emphasis.levers);
  if (!first || !second || !third) return '';
  const band = (value: number): string => pt(lang, `band.${emphasisBand(value)}`);
  return pt(lang, 'text.mix', {
    first: leverLabel(lang, first.lever),
    v1: first.value,
    b1: band(first.value),
    second: leverLabel(lang, second.lever).toLocaleLowerCase(lang),
    v2: second.value,
    b2: band(second.value),
    third: leverLabel(lang, third.lever).toLocaleLowerCase(lang),
    v3: third.value,
    b3: band(third.value),
  });
}

/** The plan in a few sentences (the text summary next to the chart and tables). */
export function summarySentences(
  data: PlannerData,
  evaluation: PlannerEvaluation,
  lang: Lang,
  content: PlannerContent,
): string[] {
  const name = data.offer.name.trim();
  const offer = name === '' ? pt(lang, 'text.unnamed') : pt(lang, 'text.offer', { name });
  const sentences: string[] = [];
  const level = evaluation.answers.level;
  sentences.push(
    level === undefined
      ? pt(lang, 'text.levelMissing', { offer })
      : pt(lang, 'text.level', { offer, level: answerLabel(lang, 'level', level, content).toLocaleLowerCase(lang) }),
  );
  const used = MOMENTS.filter((moment) => data.timing[moment].used).map((moment) =>
    wordsOf(content, lang).questions.moments[moment].label.toLocaleLowerCase(lang),
  );
  if (used.length > 0) sentences.push(pt(lang, 'text.moments', { moments: joinList(lang, used) }));
  const profile = profileText(lang, evaluation, content);
  sentences.push(profile === null ? pt(lang, 'text.profileNone') : pt(lang, 'text.profile', { profile }));
  sentences.push(mixSentence(evaluation.emphasis, lang));
  sentences.push(pt(lang, 'text.rules', { n: evaluation.emphasis.fired.length }));
  const done = data.actions.filter((action) => action.status === 'done').length;
  const count = data.actions.length;
  sentences.push(count === 0 ? pt(lang, 'text.noActions') : pt(lang, count === 1 ? 'text.actions.one' : 'text.actions', { n: count, done }));
  return sentences;
}
