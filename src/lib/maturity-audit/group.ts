/**
 * A workshop group of audits (results/workshop-group.ts): what a participant leaves in the group,
 * the group as a team, and how the group answered each statement. Pure functions.
 */
import type { GroupMember } from '../results/workshop-group';
import { ANSWER_MAX, ANSWER_MIN, DONT_KNOW, isTeamData, type Answers, type AnswerValue, type AuditData, type Team } from './data-schema';

/**
 * What the group keeps of a participant's audit: each answer's value and confidence, nothing else
 * (no notes: free text can name people; no plan). Null when nothing is answered, or for a team
 * result (a team is not one participant).
 */
export function auditGroupData(data: AuditData): AuditData | null {
  if (isTeamData(data)) return null;
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(data.answers)) {
    answers[id] = { value: answer.value, ...(answer.confidence ? { confidence: answer.confidence } : {}) };
  }
  return Object.keys(answers).length === 0 ? null : { answers, plan: [] };
}

/** The group as a team: one anonymous respondent per member (its group id, no name), nothing agreed yet. Null when empty. */
export function groupAsTeam(members: readonly GroupMember<AuditData>[]): Team | null {
  if (members.length === 0) return null;
  return { respondents: members.map((member) => ({ id: member.id, answers: member.data.answers })), decisions: {} };
}

/** The data of the group's team file: read back by the team view as one respondent per member. Null when empty. */
export function groupTeamData(members: readonly GroupMember<AuditData>[]): AuditData | null {
  const team = groupAsTeam(members);
  return team ? { answers: {}, plan: [], team } : null;
}

/** How many gave each answer: one count per value from 0 to 4, then "don't know" and not answered. */
export interface AnswerDistribution {
  readonly counts: readonly number[];
  readonly dontKnow: number;
  readonly unanswered: number;
}

export function answerDistribution(values: readonly (AnswerValue | null)[]): AnswerDistribution {
  const counts = Array.from({ length: ANSWER_MAX - ANSWER_MIN + 1 }, () => 0);
  let dontKnow = 0;
  let unanswered = 0;
  for (const value of values) {
    if (value === null) unanswered += 1;
    else if (value === DONT_KNOW) dontKnow += 1;
    else counts[value - ANSWER_MIN] = (counts[value - ANSWER_MIN] ?? 0) + 1;
  }
  return { counts, dontKnow, unanswered };
}
