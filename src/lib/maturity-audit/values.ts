/** The value each statement takes for scoring: an individual's answers, or a team's merged values. */
import { DONT_KNOW, isTeamData, type Answers, type AnswerValue, type AuditData, type Team } from './data-schema';

/** Statement id → a value from 0 to 4 (possibly fractional for a team mean) or "don't know". Absent = unanswered. */
export type ValueMap = Readonly<Record<string, AnswerValue>>;

export function answerValues(answers: Answers): ValueMap {
  const values: Record<string, AnswerValue> = {};
  for (const [id, answer] of Object.entries(answers)) values[id] = answer.value;
  return values;
}

/** Mean of the numbers in a list, or null when it has none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The team's value of one statement: the agreed value if the facilitator recorded one; otherwise
 * the mean of the respondents who rated it; otherwise "don't know" if someone answered so;
 * otherwise undefined (nobody answered).
 */
export function teamValue(team: Team, id: string): AnswerValue | undefined {
  const decision = team.decisions[id];
  if (decision) return decision.value;
  const rated: number[] = [];
  let dontKnow = false;
  for (const respondent of team.respondents) {
    const answer = respondent.answers[id];
    if (answer === undefined) continue;
    if (answer.value === DONT_KNOW) dontKnow = true;
    else rated.push(answer.value);
  }
  const average = mean(rated);
  if (average !== null) return average;
  return dontKnow ? DONT_KNOW : undefined;
}

export function teamValues(team: Team): ValueMap {
  const ids = new Set<string>(Object.keys(team.decisions));
  for (const respondent of team.respondents) for (const id of Object.keys(respondent.answers)) ids.add(id);
  const values: Record<string, AnswerValue> = {};
  for (const id of ids) {
    const value = teamValue(team, id);
    if (value !== undefined) values[id] = value;
  }
  return values;
}

/** The values to score for any result: the team's merged values, or the individual's answers. */
export function effectiveValues(data: AuditData): ValueMap {
  return isTeamData(data) ? teamValues(data.team) : answerValues(data.answers);
}
