/** The one-sentence summaries shown beside the charts, in the reader's language. */
import type { Lang } from '../i18n-core';
import type { Comparison } from './compare';
import type { AuditText } from './text';
import type { Questionnaire } from './questionnaire-schema';
import type { AuditScores } from './scoring';
import { numberFormat } from '../intl';

function nameOf(questionnaire: Questionnaire, id: string): string {
  return questionnaire.dimensions.find((dimension) => dimension.id === id)?.name ?? id;
}

export function scoresSummary(questionnaire: Questionnaire, scores: AuditScores, t: AuditText): string {
  const { weakest, overall, overallStage } = scores;
  if (!weakest || overall === null || overallStage === null) return t('r.summary.none');
  return t('r.summary', {
    overall,
    stage: questionnaire.stages[overallStage].name,
    assessed: scores.assessed,
    total: scores.dimensions.length,
    weakest: nameOf(questionnaire, weakest.id),
    score: weakest.score,
    weakStage: questionnaire.stages[weakest.stage].name,
  });
}

/** "+12", "−5" (true minus sign), "0". */
export function signed(value: number, lang: Lang): string {
  const number = numberFormat(lang).format(Math.abs(value));
  return value > 0 ? `+${number}` : value < 0 ? `−${number}` : number;
}

export function comparisonSummary(questionnaire: Questionnaire, comparison: Comparison, t: AuditText, lang: Lang): string {
  const na = t('cmp.na');
  const { overall, largestGain, largestDrop } = comparison;
  const parts = [
    t('cmp.summary', {
      before: overall.before ?? na,
      after: overall.after ?? na,
      delta: overall.delta === null ? na : signed(overall.delta, lang),
    }),
  ];
  if (largestGain?.delta != null) {
    parts.push(t('cmp.gain', { name: nameOf(questionnaire, largestGain.id), delta: signed(largestGain.delta, lang) }));
  }
  if (largestDrop?.delta != null) {
    parts.push(t('cmp.drop', { name: nameOf(questionnaire, largestDrop.id), delta: signed(largestDrop.delta, lang) }));
  }
  if (!largestGain && !largestDrop) parts.push(t('cmp.noChange'));
  return parts.join(' ');
}
