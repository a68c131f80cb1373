import { describe, expect, it } from 'vitest';
import {
  answerDistribution,
  auditGroupData,
  groupAsTeam,
  groupTeamData,
  respondentsOf,
  statementStats,
  teamDimensionStats,
} from '../../../src/lib/maturity-audit/index';
import { addToGroup, emptyGroup, exportJson, importResult, makeEnvelope, type GroupMember } from '../../../src/lib/results/index';
import type { AuditData } from '../../../src/lib/maturity-audit/index';
import { answersOf, auditEnvelope, TEST_Q } from './fixtures';
import { createAuditTool } from '../../../src/lib/maturity-audit/index';
import { auditText } from '../../../src/i18n/tools/maturity-audit/index';

const member = (id: string, values: Parameters<typeof answersOf>[0]): GroupMember<AuditData> => ({ id, data: { answers: answersOf(values), plan: [] } });

describe('an audit in a workshop group', () => {
  it('keeps only each answer’s value and confidence: no notes, no plan, no title or respondent', () => {
    const audit = auditEnvelope(
      {
        answers: { 'aa-1': { value: 3, confidence: 'high', note: 'Ask Marie about it' }, 'aa-2': { value: 'dk' } },
        plan: [{ id: 'p1', text: 'Call Marie', owner: 'Marie', status: 'todo' }],
      },
      { id: 'own-result', respondent: 'Marie', title: 'Marie’s audit' },
    );
    const kept = auditGroupData(audit.data);
    expect(kept).toEqual({ answers: { 'aa-1': { value: 3, confidence: 'high' }, 'aa-2': { value: 'dk' } }, plan: [] });
    expect(JSON.stringify(kept)).not.toMatch(/Marie|own-result/);
  });

  it('leaves nothing in the group from a blank audit or from a team result', () => {
    expect(auditGroupData({ answers: {}, plan: [] })).toBeNull();
    const team = groupTeamData([member('g1', { 'aa-1': 1 })]);
    expect(team && auditGroupData(team)).toBeNull();
  });

  it('makes a team of one anonymous respondent per member, with the hand-computed means and spreads', () => {
    const members = [member('g1', { 'aa-1': 0, 'aa-2': 2 }), member('g2', { 'aa-1': 4, 'aa-2': 2 }), member('g3', { 'aa-1': 2, 'aa-2': 'dk' })];
    const team = groupAsTeam(members);
    expect(team?.respondents.map((respondent) => [respondent.id, respondent.name])).toEqual([
      ['g1', undefined],
      ['g2', undefined],
      ['g3', undefined],
    ]);
    const [aa] = teamDimensionStats(TEST_Q, team!);
    // aa has 4 statements: g1 rates 2 (mean 1 → 25), g2 rates 2 (mean 3 → 75), g3 rates 1 of 4 (too few).
    expect(aa?.respondentScores).toEqual([25, 75, 'too-few']);
    expect([aa?.mean, aa?.min, aa?.max]).toEqual([50, 25, 75]);
    expect(answerDistribution(statementStats(team!, 'aa-1').values)).toEqual({ counts: [1, 0, 1, 0, 1], dontKnow: 0, unanswered: 0 });
    expect(answerDistribution(statementStats(team!, 'aa-2').values)).toEqual({ counts: [0, 0, 2, 0, 0], dontKnow: 1, unanswered: 0 });
    expect(answerDistribution(statementStats(team!, 'aa-3').values)).toEqual({ counts: [0, 0, 0, 0, 0], dontKnow: 0, unanswered: 3 });
    expect(groupAsTeam([])).toBeNull();
  });

  it('exports as one team file that imports back as one respondent per member', () => {
    let group = emptyGroup<AuditData>();
    for (const [index, value] of [1, 3, 4].entries()) {
      const added = addToGroup(group, auditGroupData({ answers: answersOf({ 'aa-1': value }), plan: [] })!, `g${index + 1}`);
      if (added.ok) group = added.group;
    }
    const data = groupTeamData(group.members)!;
    const tool = createAuditTool(TEST_Q, auditText('en'));
    const envelope = makeEnvelope({ tool: tool.id, schemaVersion: tool.schemaVersion, data, lang: 'en', id: 'team-file', now: '2026-12-04T10:00:00.000Z', title: 'Workshop group' });
    const imported = importResult(exportJson(envelope), { expectedTool: tool, lang: 'en' });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(respondentsOf(imported.envelope).map((respondent) => respondent.answers['aa-1']?.value)).toEqual([1, 3, 4]);
  });
});
