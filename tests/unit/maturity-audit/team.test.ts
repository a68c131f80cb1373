import { describe, expect, it } from 'vitest';
import {
  addRespondents,
  DISCUSS_SPREAD,
  DISCUSS_TOP,
  discussionOrder,
  effectiveValues,
  removeRespondent,
  respondentLabel,
  respondentsOf,
  scoreAudit,
  setDecision,
  statementStats,
  teamDimensionStats,
  teamValue,
  toDiscussFirst,
  TOO_FEW,
  type Team,
} from '../../../src/lib/maturity-audit/index';
import { answersOf, auditEnvelope, TEST_Q } from './fixtures';

const alice = auditEnvelope({ answers: answersOf({ 'aa-1': 0, 'aa-2': 2, 'aa-3': 'dk', 'aa-4': 4 }) }, { id: 'alice', respondent: 'Alice' });
const bob = auditEnvelope({ answers: answersOf({ 'aa-1': 1, 'aa-2': 2, 'aa-3': 3, 'aa-4': 4 }) }, { id: 'bob', respondent: '  ' });
const carol = auditEnvelope({ answers: answersOf({ 'aa-1': 2, 'aa-2': 3, 'aa-3': 'dk', 'bb-1': 'dk' }) }, { id: 'carol' });

function threeRespondents(): Team {
  return addRespondents(undefined, [alice, bob, carol].flatMap(respondentsOf)).team;
}

describe('merging respondents', () => {
  it('keeps names, drops blank ones, and names the anonymous "Respondent n"', () => {
    const team = threeRespondents();
    expect(team.respondents.map((r) => [r.id, r.name])).toEqual([['alice', 'Alice'], ['bob', undefined], ['carol', undefined]]);
    expect(team.respondents.map((r, index) => respondentLabel(r, index, (n) => `Respondent ${n}`))).toEqual(['Alice', 'Respondent 2', 'Respondent 3']);
  });

  it('replaces a respondent imported again (same result id) instead of duplicating', () => {
    const team = threeRespondents();
    const newer = auditEnvelope({ answers: answersOf({ 'aa-1': 4 }) }, { id: 'bob', respondent: 'Bob' });
    const outcome = addRespondents(team, respondentsOf(newer));
    expect(outcome).toMatchObject({ added: 0, updated: 1, skipped: [] });
    expect(outcome.team.respondents).toHaveLength(3);
    expect(outcome.team.respondents[1]).toEqual({ id: 'bob', name: 'Bob', answers: { 'aa-1': { value: 4 } } });
  });

  it('flattens a team result into its respondents and keeps decisions already taken', () => {
    const withDecision = setDecision(threeRespondents(), 'aa-1', { value: 1, reason: 'agreed in the meeting' });
    const teamEnvelope = auditEnvelope({ team: { respondents: [{ id: 'dave', answers: {} }, { id: 'erin', name: 'Erin', answers: {} }], decisions: {} } }, { id: 'team-b' });
    const outcome = addRespondents(withDecision, respondentsOf(teamEnvelope));
    expect(outcome.added).toBe(2);
    expect(outcome.team.respondents.map((r) => r.id)).toEqual(['alice', 'bob', 'carol', 'dave', 'erin']);
    expect(outcome.team.decisions['aa-1']).toEqual({ value: 1, reason: 'agreed in the meeting' });
  });

  it('stops at the respondent limit and says who was left out', () => {
    const many = Array.from({ length: 42 }, (_, n) => ({ id: `r${n}`, name: `R${n}`, answers: {} }));
    const outcome = addRespondents(undefined, many);
    expect(outcome.team.respondents).toHaveLength(40);
    expect(outcome.skipped).toEqual([{ name: 'R40', reason: 'too-many' }, { name: 'R41', reason: 'too-many' }]);
  });

  it('removes a respondent; removing the last leaves no team', () => {
    const team = threeRespondents();
    expect(removeRespondent(team, 'bob')?.respondents.map((r) => r.id)).toEqual(['alice', 'carol']);
    expect(removeRespondent({ respondents: [{ id: 'x', answers: {} }], decisions: {} }, 'x')).toBeUndefined();
  });
});

describe('statement statistics and "to discuss" flags', () => {
  const team = threeRespondents();

  it('gives values per respondent, mean, min–max and spread', () => {
    // aa-1: 0, 1, 2 → mean 1, min 0, max 2, spread 2 → to discuss
    expect(statementStats(team, 'aa-1')).toMatchObject({ values: [0, 1, 2], rated: 3, mean: 1, min: 0, max: 2, spread: 2, toDiscuss: true, teamValue: 1 });
    // aa-2: 2, 2, 3 → mean 7/3, spread 1 → not flagged
    const aa2 = statementStats(team, 'aa-2');
    expect(aa2).toMatchObject({ min: 2, max: 3, spread: 1, toDiscuss: false });
    expect(aa2.mean).toBeCloseTo(7 / 3);
    // aa-3: dk, 3, dk → one rating: spread 0
    expect(statementStats(team, 'aa-3')).toMatchObject({ values: ['dk', 3, 'dk'], rated: 1, dontKnow: 2, spread: 0, toDiscuss: false, teamValue: 3 });
    // aa-4: 4, 4, (none) → spread 0
    expect(statementStats(team, 'aa-4')).toMatchObject({ values: [4, 4, null], spread: 0, toDiscuss: false });
    // bb-1: only carol, dk → no rating: spread null, team value "don't know"
    expect(statementStats(team, 'bb-1')).toMatchObject({ rated: 0, dontKnow: 1, mean: null, spread: null, toDiscuss: false, teamValue: 'dk' });
    // bb-2: nobody → undefined
    expect(statementStats(team, 'bb-2').teamValue).toBeUndefined();
    expect(DISCUSS_SPREAD).toBe(2);
  });

  it('flags a spread of exactly 2 but not of 1', () => {
    const pair = (a: number, b: number): Team => ({ respondents: [{ id: 'a', answers: { 'aa-1': { value: a } } }, { id: 'b', answers: { 'aa-1': { value: b } } }], decisions: {} });
    expect(statementStats(pair(1, 3), 'aa-1').toDiscuss).toBe(true);
    expect(statementStats(pair(0, 4), 'aa-1').toDiscuss).toBe(true);
    expect(statementStats(pair(2, 3), 'aa-1').toDiscuss).toBe(false);
  });

  it('uses the agreed value once recorded, and the mean again once removed', () => {
    const decided = setDecision(team, 'aa-1', { value: 2, reason: 'the pilot counts' });
    expect(teamValue(decided, 'aa-1')).toBe(2);
    expect(statementStats(decided, 'aa-1')).toMatchObject({ toDiscuss: true, decision: { value: 2, reason: 'the pilot counts' }, teamValue: 2 });
    expect(teamValue(setDecision(decided, 'aa-1', null), 'aa-1')).toBe(1);
    expect(teamValue(setDecision(team, 'bb-2', { value: 'dk', reason: '' }), 'bb-2')).toBe('dk');
  });
});

describe('team scores', () => {
  it('scores the team from statement values (mean or agreed) and shows respondents\' own scores', () => {
    const team = threeRespondents();
    const [aa, bb] = teamDimensionStats(TEST_Q, team);
    // Respondents' aa scores: alice 0,2,4 → 2 → 50; bob 1,2,3,4 → 2.5 → 62.5 → 63; carol 2,3 → 2.5 → 63
    expect(aa?.respondentScores).toEqual([50, 63, 63]);
    // mean (50 + 63 + 63) / 3 = 58.67 → 59; min 50; max 63
    expect(aa).toMatchObject({ mean: 59, min: 50, max: 63, toDiscuss: 1 });
    // Team aa: aa-1 mean 1, aa-2 7/3, aa-3 3, aa-4 4 → (1 + 2.333 + 3 + 4) / 4 = 2.583 → 64.58 → 65
    expect(aa?.team.score).toBe(65);
    // bb: only carol's "don't know" → nobody assessed it
    expect(bb).toMatchObject({ respondentScores: [null, null, null], mean: null, min: null, max: null });
    expect(bb?.team).toMatchObject({ score: null, dontKnow: 1 });
  });

  it('gives the same team score through effectiveValues and scoreAudit', () => {
    const team = setDecision(threeRespondents(), 'aa-1', { value: 4, reason: '' });
    const scores = scoreAudit(TEST_Q, effectiveValues({ answers: {}, plan: [], team }));
    // aa: 4, 7/3, 3, 4 → 13.333 / 4 = 3.333 → 83.33 → 83
    expect(scores.dimensions[0]?.score).toBe(83);
    expect(teamDimensionStats(TEST_Q, team)[0]?.team.score).toBe(83);
  });
});

describe('what to discuss first', () => {
  // Four respondents on TEST_Q (aa: 4 statements, bb: 5, cc: 6).
  const r = (id: string, values: Record<string, number | 'dk'>) => ({ id, answers: answersOf(values) });
  const team: Team = {
    respondents: [
      r('a', { 'aa-1': 0, 'aa-2': 0, 'bb-1': 1, 'bb-2': 0, 'cc-1': 2, 'cc-2': 1, 'cc-3': 2, 'cc-4': 0 }),
      r('b', { 'aa-1': 4, 'aa-2': 4, 'bb-1': 3, 'bb-2': 3, 'cc-1': 4, 'cc-2': 3, 'cc-3': 2, 'cc-4': 2 }),
      r('c', { 'aa-1': 2, 'bb-1': 2, 'bb-2': 3, 'cc-1': 2, 'cc-3': 3 }),
      r('d', { 'aa-1': 2, 'bb-1': 'dk', 'bb-2': 3, 'cc-1': 2, 'cc-3': 3 }),
    ],
    decisions: {},
  };
  // spread (max − min) and rated, per statement:
  // aa-1 0,4,2,2 → 4, 4 rated · aa-2 0,4 → 4, 2 · bb-1 1,3,2,dk → 2, 3 · bb-2 0,3,3,3 → 3, 4
  // cc-1 2,4,2,2 → 2, 4 · cc-2 1,3 → 2, 2 · cc-3 2,2,3,3 → 1 (not a disagreement) · cc-4 0,2 → 2, 2

  it('orders disagreements by spread, then by how many answered, then questionnaire order', () => {
    const all = TEST_Q.dimensions.flatMap((dimension) => dimension.statements.map((statement) => statementStats(team, statement.id)));
    // spread 4: aa-1 (4 rated) before aa-2 (2); spread 3: bb-2; spread 2: cc-1 (4), bb-1 (3), then cc-2 and cc-4 (2 each, in order)
    expect(discussionOrder(all).map((stats) => stats.id)).toEqual(['aa-1', 'aa-2', 'bb-2', 'cc-1', 'bb-1', 'cc-2', 'cc-4']);
  });

  it('flags only the first DISCUSS_TOP (5) across the whole audit, each with its rank', () => {
    expect(DISCUSS_TOP).toBe(5);
    const stats = teamDimensionStats(TEST_Q, team);
    expect(toDiscussFirst(stats).map((row) => [row.id, row.discussRank, row.spread, row.rated])).toEqual([
      ['aa-1', 1, 4, 4],
      ['aa-2', 2, 4, 2],
      ['bb-2', 3, 3, 4],
      ['cc-1', 4, 2, 4],
      ['bb-1', 5, 2, 3],
    ]);
    // cc-2 and cc-4 disagree too but come 6th and 7th: not flagged.
    const cc = stats[2]?.statements ?? [];
    expect(cc.filter((row) => row.disagrees).map((row) => row.id)).toEqual(['cc-1', 'cc-2', 'cc-4']);
    expect(cc.filter((row) => row.toDiscuss).map((row) => row.id)).toEqual(['cc-1']);
    expect(stats.map((row) => row.toDiscuss)).toEqual([2, 2, 1]);
    // A smaller limit keeps the same order.
    expect(toDiscussFirst(teamDimensionStats(TEST_Q, team, 2)).map((row) => row.id)).toEqual(['aa-1', 'aa-2']);
  });

  it('gives "too few answers" instead of a score when a respondent rated fewer than half a dimension', () => {
    const [aa, bb, cc] = teamDimensionStats(TEST_Q, team);
    // aa (4): a rated 2 (0, 0 → 0); b 2 (4, 4 → 100); c and d rated 1 of 4 → too few. Mean (0 + 100) / 2 = 50.
    expect(aa).toMatchObject({ respondentScores: [0, 100, TOO_FEW, TOO_FEW], mean: 50, min: 0, max: 100 });
    // bb (5): everyone rated at most 2 of 5 (d's "don't know" is not a rating) → too few, no mean.
    expect(bb).toMatchObject({ respondentScores: [TOO_FEW, TOO_FEW, TOO_FEW, TOO_FEW], mean: null, min: null, max: null });
    // cc (6): a 2, 1, 2, 0 → 1.25 → 31.25 → 31; b 4, 3, 2, 2 → 2.75 → 68.75 → 69; c, d 2 of 6 → too few. Mean 50.
    expect(cc).toMatchObject({ respondentScores: [31, 69, TOO_FEW, TOO_FEW], mean: 50, min: 31, max: 69 });
  });
});
