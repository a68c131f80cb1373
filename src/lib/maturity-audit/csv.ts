/**
 * CSV of a result, one table for spreadsheets: one row per statement (and, for a team, one row
 * per respondent's answer), then one row per dimension score, the overall score, and the
 * action plan. Every row has the same columns; the first one says what the row is.
 */
import type { ResultEnvelope } from '../results/envelope';
import type { CsvCell, CsvTable } from '../results/tool-definition';
import { DONT_KNOW, isTeamData, type Answer, type AnswerValue, type AuditData, type Team } from './data-schema';
import type { Questionnaire } from './questionnaire-schema';
import type { AuditText } from './text';
import { scoreAudit } from './scoring';
import { respondentLabel, statementStats, teamDimensionStats } from './team';
import { effectiveValues } from './values';

const COLUMNS = [
  'csv.type',
  'csv.dimension',
  'csv.id',
  'csv.text',
  'csv.respondent',
  'csv.value',
  'csv.dontKnow',
  'csv.confidence',
  'csv.note',
  'csv.score',
  'csv.stage',
  'csv.coverage',
  'csv.spread',
  'csv.toDiscuss',
  'csv.owner',
  'csv.due',
  'csv.status',
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, CsvCell>>;

/** Rounds a team mean for the spreadsheet (two decimals); whole values stay whole. */
function numeric(value: number): number {
  return Math.round(value * 100) / 100;
}

function valueCells(value: AnswerValue | undefined, t: AuditText): Row {
  if (value === undefined) return {};
  if (value === DONT_KNOW) return { 'csv.dontKnow': t('csv.yes') };
  return { 'csv.value': numeric(value), 'csv.dontKnow': t('csv.no') };
}

function answerCells(answer: Answer | undefined, t: AuditText): Row {
  if (!answer) return {};
  return {
    ...valueCells(answer.value, t),
    'csv.confidence': answer.confidence ? t(`confidence.${answer.confidence}`) : null,
    'csv.note': answer.note ?? null,
  };
}

function teamRows(team: Team, questionnaire: Questionnaire, t: AuditText): Row[] {
  const anonymous = (n: number): string => t('team.anonymous', { n });
  const rows: Row[] = [];
  // The same flags as the team view: only the most disputed statements are "to discuss".
  const ranked = new Map(teamDimensionStats(questionnaire, team).flatMap((dimension) => dimension.statements.map((stats) => [stats.id, stats] as const)));
  for (const dimension of questionnaire.dimensions) {
    for (const statement of dimension.statements) {
      const stats = ranked.get(statement.id) ?? statementStats(team, statement.id);
      const base: Row = { 'csv.dimension': dimension.name, 'csv.id': statement.id, 'csv.text': statement.text };
      rows.push({
        ...base,
        'csv.type': t('csv.type.statement'),
        'csv.respondent': t(stats.decision ? 'csv.team.agreed' : 'csv.team.mean'),
        ...valueCells(stats.teamValue, t),
        'csv.note': stats.decision?.reason || null,
        'csv.spread': stats.spread,
        'csv.toDiscuss': t(stats.toDiscuss ? 'csv.yes' : 'csv.no'),
      });
      team.respondents.forEach((respondent, index) => {
        rows.push({
          ...base,
          'csv.type': t('csv.type.response'),
          'csv.respondent': respondentLabel(respondent, index, anonymous),
          ...answerCells(respondent.answers[statement.id], t),
        });
      });
    }
  }
  return rows;
}

function individualRows(data: AuditData, questionnaire: Questionnaire, t: AuditText): Row[] {
  return questionnaire.dimensions.flatMap((dimension) =>
    dimension.statements.map(
      (statement): Row => ({
        'csv.type': t('csv.type.statement'),
        'csv.dimension': dimension.name,
        'csv.id': statement.id,
        'csv.text': statement.text,
        ...answerCells(data.answers[statement.id], t),
      }),
    ),
  );
}

export function auditCsv(envelope: ResultEnvelope<AuditData>, questionnaire: Questionnaire, t: AuditText): CsvTable {
  const { data } = envelope;
  const scores = scoreAudit(questionnaire, effectiveValues(data));
  const stageName = (stage: keyof Questionnaire['stages'] | null): string =>
    stage === null ? t('csv.notAssessed') : questionnaire.stages[stage].name;
  const rows: Row[] = isTeamData(data) ? teamRows(data.team, questionnaire, t) : individualRows(data, questionnaire, t);
  questionnaire.dimensions.forEach((dimension, index) => {
    const score = scores.dimensions[index];
    if (!score) return;
    rows.push({
      'csv.type': t('csv.type.dimension'),
      'csv.dimension': dimension.name,
      'csv.id': dimension.id,
      'csv.score': score.score,
      'csv.stage': stageName(score.stage),
      'csv.coverage': Math.round(score.coverage * 100),
    });
  });
  rows.push({
    'csv.type': t('csv.type.overall'),
    'csv.score': scores.overall,
    'csv.stage': stageName(scores.overallStage),
  });
  const names = new Map(questionnaire.dimensions.map((dimension) => [dimension.id, dimension.name] as const));
  for (const item of data.plan) {
    rows.push({
      'csv.type': t('csv.type.action'),
      'csv.dimension': item.dimension ? (names.get(item.dimension) ?? item.dimension) : null,
      'csv.id': item.step ?? item.id,
      'csv.text': item.text,
      'csv.owner': item.owner ?? null,
      'csv.due': item.due ?? null,
      'csv.status': t(`plan.status.${item.status}`),
    });
  }
  return {
    header: COLUMNS.map((column) => t(column)),
    rows: rows.map((row) => COLUMNS.map((column) => row[column] ?? null)),
  };
}
