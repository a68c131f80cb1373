import type { Lang } from '../i18n-core';
import type { PlannerText } from './text';
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

const orNone = (t: PlannerText, text: string): string => (text.trim() === '' ? t('summary.notAnswered') : text.trim());

function answers(t: PlannerText, evaluation: PlannerEvaluation, fields: readonly Field[], content: PlannerContent): string {
  return fields
    .map((field) => t('cond.in', { field: fieldLabel(t.lang, field, content), values: answerLabel(t, field, evaluation.answers[field], content) }))
    .join(t('list.sep'));
}

/** The moments ticked, in words ("Pre-conception, Co-production"), or null when none is. */
export function momentsText(lang: Lang, data: PlannerData, content: PlannerContent): string | null {
  const used = MOMENTS.filter((moment) => data.timing[moment].used).map((moment) => wordsOf(content, lang).questions.moments[moment].label);
  return used.length === 0 ? null : used.join(', ');
}

/** The profile used by the plan in words: proposed, or chosen with the proposal alongside. */
export function profileText(t: PlannerText, evaluation: PlannerEvaluation, content: PlannerContent): string | null {
  if (evaluation.chosen === null) return null;
  const chosen = profileName(t.lang, evaluation.chosen, content);
  if (!evaluation.overruled) return t('summary.profileProposed', { profile: chosen });
  const proposed = evaluation.proposal.kind === 'proposal' ? profileName(t.lang, evaluation.proposal.proposed, content) : t('summary.none');
  return t('summary.profileChosen', { profile: chosen, proposed });
}

/** Where the offer sits in the method's frameworks, row by row. */
export function frameworkRows(
  data: PlannerData,
  evaluation: PlannerEvaluation,
  t: PlannerText,
  content: PlannerContent,
): SummaryRow[] {
  const label = (field: Field): string => answerLabel(t, field, evaluation.answers[field], content);
  return [
    { key: 'offer', label: t('summary.row.offer'), value: orNone(t, data.offer.name) },
    { key: 'sector', label: t('summary.row.sector'), value: orNone(t, data.offer.sector) },
    {
      key: 'involvement',
      label: t('summary.row.involvement'),
      value: t('summary.row.involvementValue', { physical: label('physical'), mental: label('mental') }),
    },
    { key: 'timing', label: t('summary.row.timing'), value: momentsText(t.lang, data, content) ?? t('summary.none') },
    { key: 'level', label: t('summary.row.level'), value: label('level') },
    { key: 'personalisation', label: t('summary.row.personalisation'), value: label('personalisation') },
    {
      key: 'characteristics',
      label: t('summary.row.characteristics'),
      value: answers(t, evaluation, ['participants', 'repetition', 'freedom'], content),
    },
    { key: 'motive', label: t('summary.row.motive'), value: label('motive') },
    { key: 'profile', label: t('summary.row.profile'), value: profileText(t, evaluation, content) ?? t('summary.none') },
    { key: 'readiness', label: t('summary.row.readiness'), value: answers(t, evaluation, READINESS_FIELDS, content) },
  ];
}

/** The control mix in one sentence, strongest lever first. */
export function mixSentence(emphasis: EmphasisResult<PlannerRule>, t: PlannerText): string {
  const [first, second, third] = leversByEmphasis(emphasis.levers);
  if (!first || !second || !third) return '';
  const band = (value: number): string => t(`band.${emphasisBand(value)}`);
  return t('text.mix', {
    first: leverLabel(t, first.lever),
    v1: first.value,
    b1: band(first.value),
    second: leverLabel(t, second.lever).toLocaleLowerCase(t.lang),
    v2: second.value,
    b2: band(second.value),
    third: leverLabel(t, third.lever).toLocaleLowerCase(t.lang),
    v3: third.value,
    b3: band(third.value),
  });
}

/** The plan in a few sentences (the text summary next to the chart and tables). */
export function summarySentences(
  data: PlannerData,
  evaluation: PlannerEvaluation,
  t: PlannerText,
  content: PlannerContent,
): string[] {
  const name = data.offer.name.trim();
  const offer = name === '' ? t('text.unnamed') : t('text.offer', { name });
  const sentences: string[] = [];
  const level = evaluation.answers.level;
  sentences.push(
    level === undefined
      ? t('text.levelMissing', { offer })
      : t('text.level', { offer, level: answerLabel(t, 'level', level, content).toLocaleLowerCase(t.lang) }),
  );
  const used = MOMENTS.filter((moment) => data.timing[moment].used).map((moment) =>
    wordsOf(content, t.lang).questions.moments[moment].label.toLocaleLowerCase(t.lang),
  );
  if (used.length > 0) sentences.push(t('text.moments', { moments: joinList(t, used) }));
  const profile = profileText(t, evaluation, content);
  sentences.push(profile === null ? t('text.profileNone') : t('text.profile', { profile }));
  sentences.push(mixSentence(evaluation.emphasis, t));
  sentences.push(t('text.rules', { n: evaluation.emphasis.fired.length }));
  const done = data.actions.filter((action) => action.status === 'done').length;
  const count = data.actions.length;
  sentences.push(count === 0 ? t('text.noActions') : t.plural(count, { one: 'text.actions.one', other: 'text.actions.other' }, { done }));
  return sentences;
}
