/** A workshop group of placements: what the group keeps, and every placement of each segment. */
import { describe, expect, it } from 'vitest';
import { groupTeamAverage, mergeGroup, newSegment, positioningGroupData, type Segment, type SegmentPositioningData } from '../../../src/lib/segment-positioning/index';
import type { GroupMember } from '../../../src/lib/results/index';

const seg = (id: string, name: string, knowledge: number, involvement: number, over: Partial<Segment> = {}): Segment => ({
  ...newSegment(id, name),
  mode: 'direct',
  direct: { knowledge, involvement },
  ...over,
});
const member = (id: string, segments: Segment[]): GroupMember<SegmentPositioningData> => ({ id, data: { sizeUnit: 'percent', segments } });

describe('a placement in a workshop group', () => {
  it('keeps names, sizes, positions and targets; leaves descriptions out', () => {
    const data: SegmentPositioningData = {
      sizeUnit: 'count',
      segments: [seg('a', 'Families', 2, 6, { description: 'Met at Anna’s shop', size: 120, target: { knowledge: 5, involvement: 7 } })],
    };
    expect(positioningGroupData(data)).toEqual({
      sizeUnit: 'count',
      segments: [{ ...data.segments[0], description: '' }],
    });
  });

  it('leaves nothing in the group when no segment is placed', () => {
    expect(positioningGroupData({ sizeUnit: 'percent', segments: [] })).toBeNull();
    // A segment placed by questions with no answer yet has no position.
    expect(positioningGroupData({ sizeUnit: 'percent', segments: [{ ...newSegment('q', 'Unplaced'), mode: 'questions' }] })).toBeNull();
  });

  it('shows every member’s placement of each segment, matched by name across members', () => {
    const result = mergeGroup([
      member('g1', [seg('x1', 'Families', 2, 6), seg('x2', 'Students', 8, 2)]),
      member('g2', [seg('y1', 'families', 3, 4)]),
      member('g3', [seg('z1', 'Families', 7, 8)]),
    ]);
    const families = result.segments.find((segment) => segment.name === 'Families');
    expect(families?.placements).toEqual([0, 1, 2]);
    expect(families?.positions).toEqual([
      { knowledge: 2, involvement: 6 },
      { knowledge: 3, involvement: 4 },
      { knowledge: 7, involvement: 8 },
    ]);
    // 2, 6 → high novice; 3, 4 → low novice; 7, 8 → high expert: three zones, one each.
    expect(families?.zones.map((zone) => zone.count)).toEqual([1, 1, 1]);
    expect(result.segments.find((segment) => segment.name === 'Students')?.positions).toEqual([{ knowledge: 8, involvement: 2 }]);
  });
});

describe('the group as one team file', () => {
  it('is the team average: mean positions of each segment (by hand: Families (2+3+7)/3 = 4, (6+4+8)/3 = 6)', () => {
    const data = groupTeamAverage([
      member('g1', [seg('x1', 'Families', 2, 6), seg('x2', 'Students', 8, 2)]),
      member('g2', [seg('y1', 'families', 3, 4)]),
      member('g3', [seg('z1', 'Families', 7, 8)]),
    ]);
    expect(data?.segments.map((segment) => [segment.name, segment.mode, segment.direct])).toEqual([
      ['Families', 'direct', { knowledge: 4, involvement: 6 }],
      ['Students', 'direct', { knowledge: 8, involvement: 2 }],
    ]);
  });

  it('is nothing when no member placed a segment, or when the average would hold more segments than a result may', () => {
    expect(groupTeamAverage([])).toBeNull();
    const many = Array.from({ length: 41 }, (_, i) => seg(`s${i}`, `Segment ${i}`, 1, 1));
    expect(groupTeamAverage([member('g1', many.slice(0, 21)), member('g2', many.slice(21))])).toBeNull();
  });
});
