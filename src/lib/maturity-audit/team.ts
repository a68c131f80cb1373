/**
 * Merging several respondents' audits into a team result, and what the team view shows: per
 * statement and per dimension the respondents' values, mean and min–max spread, and what to
 * discuss first: the statements whose answers are 2 points or more apart, ordered by spread then
 * by how many answered, of which only the first DISCUSS_TOP are flagged. Pure functions.
 */
import type { ResultEnvelope } from '../results/envelope';
import { mergeMembers } from '../results/team-members';
import {
  DONT_KNOW,
  MAX_RESPONDENTS,
  isTeamData,
  type AnswerValue,
  type AuditData,
  type Decision,
  type Respondent,
  type Team,
} from './data-schema';
import type { Questionnaire } from './questionnaire-schema';
import { roundScore, scoreDimension, type DimensionScore } from './scoring';
import { answerValues, mean, teamValue } from './values';

/** Answers this many points apart (or more) make a statement "to discuss". */
export const DISCUSS_SPREAD = 2;
/** At most this many statements are flagged "to discuss" in a team result (the most disputed). */
export const DISCUSS_TOP = 5;
/** A respondent's dimension score is shown only when at least half its statements are rated. */
export const TOO_FEW = 'too-few' as const;
/** A respondent's own score of a dimension: 0–100, too few statements rated, or none (null). */
export type RespondentScore = number | typeof TOO_FEW | null;

export type MergeSkip = { readonly name: string; readonly reason: 'too-many' };

export interface MergeOutcome {
  readonly team: Team;
  readonly added: number;
  /** Respondents already in the team (same result id), replaced by the newer file. */
  readonly updated: number;
  readonly skipped: readonly MergeSkip[];
}

/** The respondents an imported result brings: itself, or every respondent of a team result. */
export function respondentsOf(envelope: ResultEnvelope<AuditData>): Respondent[] {
  if (isTeamData(envelope.data)) return envelope.data.team.respondents.map((respondent) => ({ ...respondent }));
  const name = envelope.respondent?.trim();
  return [{ id: envelope.id, ...(name ? { name } : {}), answers: envelope.data.answers }];
}

/**
 * Adds respondents to a team (or starts one): a respondent whose id is already there replaces
 * the earlier copy in place (an updated file), others are appended in order, up to the limit.
 */
export function addRespondents(team: Team | undefined, incoming: readonly Respondent[]): MergeOutcome {
  const merged = mergeMembers(team?.respondents ?? [], incoming, MAX_RESPONDENTS);
  const skipped: MergeSkip[] = merged.skipped.map((respondent) => ({ name: respondent.name ?? respondent.id, reason: 'too-many' }));
  return {
    team: { respondents: merged.members, decisions: { ...(team?.decisions ?? {}) } },
    added: merged.added,
    updated: merged.updated,
    skipped,
  };
}

export function removeRespondent(team: Team, id: string): Team | undefined {
  const respondents = team.respondents.filter((respondent) => respondent.id !== id);
  return respondents.length === 0 ? undefined : { ...team, respondents };
}

/** Records (or with null, removes) the agreed value of a statement. */
export function setDecision(team: Team, statementId: string, decision: Decision | null): Team {
  const decisions = { ...team.decisions };
  if (decision === null) delete decisions[statementId];
  else decisions[statementId] = decision;
  return { ...team, decisions };
}

export interface StatementStats {
  readonly id: string;
  /** One per respondent, in team order: a value, "don't know", or null (not answered). */
  readonly values: readonly (AnswerValue | null)[];
  readonly rated: number;
  readonly dontKnow: number;
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** max − min of the rated values; null when fewer than one. */
  readonly spread: number | null;
  /** Answers DISCUSS_SPREAD points or more apart. */
  readonly disagrees: boolean;
  /**
   * Flagged "to discuss". From statementStats alone: every statement that disagrees; in
   * teamDimensionStats: only the first DISCUSS_TOP of discussionOrder.
   */
  readonly toDiscuss: boolean;
  /** 1-based place in the discussion order when flagged by teamDimensionStats, else null. */
  readonly discussRank: number | null;
  readonly decision: Decision | undefined;
  /** What the team result scores: the agreed value, else the mean, else "don't know". */
  readonly teamValue: AnswerValue | undefined;
}

export function statementStats(team: Team, id: string): StatementStats {
  const values = team.respondents.map((respondent) => respondent.answers[id]?.value ?? null);
  const rated = values.filter((value): value is number => typeof value === 'number');
  const min = rated.length === 0 ? null : Math.min(...rated);
  const max = rated.length === 0 ? null : Math.max(...rated);
  const spread = min === null || max === null ? null : max - min;
  const disagrees = spread !== null && spread >= DISCUSS_SPREAD;
  return {
    id,
    values,
    rated: rated.length,
    dontKnow: values.filter((value) => value === DONT_KNOW).length,
    mean: mean(rated),
    min,
    max,
    spread,
    disagrees,
    toDiscuss: disagrees,
    discussRank: null,
    decision: team.decisions[id],
    teamValue: teamValue(team, id),
  };
}

/**
 * The statements worth discussing, most disputed first: those that disagree, by spread (larger
 * first), then by how many respondents rated them (more first), then in the order given.
 */
export function discussionOrder(statements: readonly StatementStats[]): StatementStats[] {
  return statements
    .map((stats, index) => ({ stats, index }))
    .filter(({ stats }) => stats.disagrees)
    .sort((a, b) => (b.stats.spread ?? 0) - (a.stats.spread ?? 0) || b.stats.rated - a.stats.rated || a.index - b.index)
    .map(({ stats }) => stats);
}

/** A respondent's score of a dimension, or TOO_FEW when fewer than half its statements are rated. */
export function respondentScore(score: DimensionScore): RespondentScore {
  if (score.score === null) return null;
  return score.rated * 2 < score.total ? TOO_FEW : score.score;
}

export interface TeamDimensionStats {
  readonly id: string;
  /**
   * Each respondent's own score of the dimension: null when they rated none of its statements,
   * TOO_FEW when they rated fewer than half (a score from 1 of 5 would read as a real result).
   */
  readonly respondentScores: readonly RespondentScore[];
  /** Mean of the respondents' scores that are shown (numbers), rounded; null when none. */
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** The team result's score, from the statement values (agreed or mean). */
  readonly team: DimensionScore;
  readonly statements: readonly StatementStats[];
  readonly toDiscuss: number;
}

export function teamDimensionStats(questionnaire: Questionnaire, team: Team, top = DISCUSS_TOP): TeamDimensionStats[] {
  const respondentValues = team.respondents.map((respondent) => answerValues(respondent.answers));
  const all = questionnaire.dimensions.map((dimension) => dimension.statements.map((statement) => statementStats(team, statement.id)));
  const ranks = new Map(discussionOrder(all.flat()).slice(0, top).map((stats, index) => [stats.id, index + 1] as const));
  const merged: Record<string, AnswerValue> = {};
  return questionnaire.dimensions.map((dimension, index) => {
    const statements = (all[index] ?? []).map((stats) => {
      const rank = ranks.get(stats.id) ?? null;
      return { ...stats, toDiscuss: rank !== null, discussRank: rank };
    });
    for (const stats of statements) if (stats.teamValue !== undefined) merged[stats.id] = stats.teamValue;
    const respondentScores = respondentValues.map((values) => respondentScore(scoreDimension(dimension, values, index)));
    const known = respondentScores.filter((score): score is number => typeof score === 'number');
    const average = mean(known);
    return {
      id: dimension.id,
      respondentScores,
      mean: average === null ? null : roundScore(average),
      min: known.length === 0 ? null : Math.min(...known),
      max: known.length === 0 ? null : Math.max(...known),
      team: scoreDimension(dimension, merged, index),
      statements,
      toDiscuss: statements.filter((stats) => stats.toDiscuss).length,
    };
  });
}

/** The flagged statements of a team, in discussion order (most disputed first). */
export function toDiscussFirst(stats: readonly TeamDimensionStats[]): StatementStats[] {
  return stats
    .flatMap((dimension) => dimension.statements.filter((row) => row.discussRank !== null))
    .sort((a, b) => (a.discussRank ?? 0) - (b.discussRank ?? 0));
}

/** How a respondent is named: their name, or "Respondent n" (1-based) when anonymous. */
export function respondentLabel(respondent: Respondent, index: number, anonymous: (n: number) => string): string {
  const name = respondent.name?.trim();
  return name ? name : anonymous(index + 1);
}
