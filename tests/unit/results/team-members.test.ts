import { describe, expect, it } from 'vitest';
import { mergeMembers } from '../../../src/lib/results/index';
import { addRespondents } from '../../../src/lib/maturity-audit/index';
import { mergePlacements, newSegment, type Placement, type Segment } from '../../../src/lib/segment-positioning/index';

describe('one team-import rule for every tool', () => {
  it('counts a member once: the same id again replaces the earlier copy in place', () => {
    const merged = mergeMembers([{ id: 'a', v: 1 }], [{ id: 'b', v: 2 }, { id: 'a', v: 3 }, { id: 'b', v: 4 }]);
    expect(merged.members).toEqual([
      { id: 'a', v: 3 },
      { id: 'b', v: 4 },
    ]);
    expect([merged.added, merged.updated]).toEqual([1, 2]);
  });

  it('stops at the limit and says who was left out', () => {
    const merged = mergeMembers([{ id: 'a' }], [{ id: 'b' }, { id: 'c' }, { id: 'a' }], 2);
    expect(merged.members.map((m) => m.id)).toEqual(['a', 'b']);
    expect(merged.skipped.map((m) => m.id)).toEqual(['c']);
    expect(merged.updated).toBe(1);
  });

  it('audit: the same respondent file imported twice is one respondent', () => {
    const respondent = { id: 'r1', name: 'Ana', answers: { 'lf-1': { value: 3 } } };
    const once = addRespondents(undefined, [respondent]);
    const twice = addRespondents(once.team, [{ ...respondent }]);
    expect(twice.team.respondents).toHaveLength(1);
    expect([twice.added, twice.updated]).toEqual([0, 1]);
  });

  it('positioning: the same member imported twice counts once in the team mean', () => {
    const seg = (knowledge: number, involvement: number): Segment => ({ ...newSegment('s', 'Households'), mode: 'direct', direct: { knowledge, involvement } });
    const ana: Placement = { id: 'res-ana', label: 'Ana', data: { sizeUnit: 'percent', segments: [seg(2, 2)] } };
    const ben: Placement = { id: 'res-ben', label: 'Ben', data: { sizeUnit: 'percent', segments: [seg(8, 8)] } };
    // Ana's file chosen twice: mean must be (2 + 8) / 2 = 5, not (2 + 2 + 8) / 3 = 4
    const team = mergeMembers([ana], [ben, { ...ana }]).members;
    expect(team).toHaveLength(2);
    const [merged] = mergePlacements(team).segments;
    expect(merged?.knowledge.mean).toBe(5);
    expect(merged?.placements).toHaveLength(2);
  });
});
