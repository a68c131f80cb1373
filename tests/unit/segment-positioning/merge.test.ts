/** Merging a team's placements: matching by id, then by normalised name; mean, min–max, population sd. */
import { describe, expect, it } from 'vitest';
import {
  axisStats,
  mergedAsData,
  mergePlacements,
  mergeSummary,
  newSegment,
  normaliseName,
  segmentPositioningDataSchema,
  zoneOf,
  type Placement,
  type Segment,
  type SegmentPositioningData,
} from '../../../src/lib/segment-positioning/index';
import { positioningText } from '../../../src/i18n/tools/segment-positioning/index';

const seg = (id: string, name: string, knowledge: number, involvement: number, over: Partial<Segment> = {}): Segment => ({
  ...newSegment(id, name),
  mode: 'direct',
  direct: { knowledge, involvement },
  ...over,
});
const placement = (label: string, segments: Segment[], sizeUnit: SegmentPositioningData['sizeUnit'] = 'percent'): Placement => ({
  id: `result-${label}`,
  label,
  data: { sizeUnit, segments },
});

describe('normaliseName', () => {
  it('folds accents, ligatures, case, punctuation and spaces', () => {
    expect(normaliseName('Ménages  éco-engagés')).toBe('menages eco engages');
    expect(normaliseName(' MENAGES ECO ENGAGES! ')).toBe('menages eco engages');
    expect(normaliseName('Cœur de cible')).toBe('coeur de cible');
    expect(normaliseName('—')).toBe('');
  });
});

describe('axisStats', () => {
  it('computes mean, extremes and the population standard deviation', () => {
    // 2, 4, 6: mean 4; deviations −2, 0, 2 → squares 4, 0, 4 → variance 8/3 → sd √2.667 = 1.633 → 1.63
    expect(axisStats([2, 4, 6])).toEqual({ mean: 4, min: 2, max: 6, sd: 1.63 });
    // 5, 7: mean 6, variance (1 + 1)/2 = 1, sd 1
    expect(axisStats([5, 7])).toEqual({ mean: 6, min: 5, max: 7, sd: 1 });
    // a single value: no spread
    expect(axisStats([3.5])).toEqual({ mean: 3.5, min: 3.5, max: 3.5, sd: 0 });
    // 1, 2, 2: mean 5/3 = 1.667 → 1.67
    expect(axisStats([1, 2, 2]).mean).toBe(1.67);
  });
  it('refuses an empty list', () => {
    expect(() => axisStats([])).toThrow(RangeError);
  });
});

describe('mergePlacements', () => {
  it('matches segments by id and averages each axis', () => {
    const result = mergePlacements([
      placement('Ana', [seg('a', 'Households', 2, 6), seg('b', 'Pros', 8, 8)]),
      placement('Ben', [seg('a', 'Households', 4, 4), seg('b', 'Pros', 9, 7)]),
      placement('Cy', [seg('a', 'Households', 6, 5)]),
    ]);
    expect(result.segments.map((segment) => segment.id)).toEqual(['a', 'b']);
    const [a, b] = result.segments;
    // a: knowledge 2, 4, 6 → mean 4 (sd 1.63); involvement 6, 4, 5 → mean 5 (sd √(2/3) = 0.816 → 0.82)
    expect(a?.knowledge).toEqual({ mean: 4, min: 2, max: 6, sd: 1.63 });
    expect(a?.involvement).toEqual({ mean: 5, min: 4, max: 6, sd: 0.82 });
    expect(a?.mean).toEqual({ knowledge: 4, involvement: 5 });
    expect(a?.zone).toBe('high-intermediate'); // 4 is intermediate, 5 is high
    expect(a?.placements).toEqual([0, 1, 2]);
    // b: knowledge 8, 9 → 8.5 ; involvement 8, 7 → 7.5
    expect(b?.mean).toEqual({ knowledge: 8.5, involvement: 7.5 });
    expect(b?.zone).toBe('high-expert');
    expect(b?.placements).toEqual([0, 1]);
  });

  it('matches by normalised name when the ids differ', () => {
    const result = mergePlacements([
      placement('Ana', [seg('seg-aaa', 'Ménages éco-engagés', 5, 7)]),
      placement('Ben', [seg('seg-bbb', 'menages eco engages', 6, 8)]),
    ]);
    expect(result.segments).toHaveLength(1);
    expect(result.segments[0]?.ids).toEqual(['seg-aaa', 'seg-bbb']);
    expect(result.segments[0]?.name).toBe('Ménages éco-engagés');
    expect(result.segments[0]?.mean).toEqual({ knowledge: 5.5, involvement: 7.5 });
  });

  it('prefers the id over the name', () => {
    // Ben renamed segment x; the id still matches it with Ana's x, not with Ana's y named like it.
    const result = mergePlacements([
      placement('Ana', [seg('x', 'Early adopters', 2, 2), seg('y', 'Pioneers', 8, 8)]),
      placement('Ben', [seg('x', 'Pioneers', 4, 4)]),
    ]);
    expect(result.segments.map((segment) => [segment.id, segment.placements])).toEqual([
      ['x', [0, 1]],
      ['y', [0]],
    ]);
    expect(result.segments[0]?.mean).toEqual({ knowledge: 3, involvement: 3 });
  });

  it('never merges two segments of the same placement', () => {
    const result = mergePlacements([
      placement('Ana', [seg('a', 'Same name', 1, 1), seg('b', 'same NAME', 9, 9)]),
      placement('Ben', [seg('c', 'Same name', 3, 3)]),
    ]);
    // Ben's c joins the first group with that name (a); b stays alone.
    expect(result.segments.map((segment) => segment.ids)).toEqual([['a', 'c'], ['b']]);
  });

  it('does not match unnamed segments by name', () => {
    const result = mergePlacements([placement('Ana', [seg('a', '', 1, 1)]), placement('Ben', [seg('b', '  ', 3, 3)])]);
    expect(result.segments).toHaveLength(2);
  });

  it('leaves out segments whose answers do not place them, and says so', () => {
    const result = mergePlacements([
      placement('Ana', [seg('a', 'A', 2, 2)]),
      placement('Ben', [seg('a', 'A', 4, 4, { mode: 'questions', answers: { 'inv-time': 3 } })]),
    ]);
    expect(result.unplaced).toEqual([{ placement: 1, name: 'A' }]);
    expect(result.segments[0]?.placements).toEqual([0]);
  });

  it('averages sizes and targets where given, and drops sizes when units differ', () => {
    const same = mergePlacements([
      placement('Ana', [seg('a', 'A', 2, 2, { size: 10, target: { knowledge: 5, involvement: 6 } })]),
      placement('Ben', [seg('a', 'A', 2, 2, { size: 20, target: null })]),
      placement('Cy', [seg('a', 'A', 2, 2, { size: null, target: { knowledge: 6, involvement: 7 } })]),
    ]);
    // sizes 10, 20 → 15 ; targets (5, 6) and (6, 7) → (5.5, 6.5), from 2 placements
    expect(same.segments[0]?.size).toBe(15);
    expect(same.segments[0]?.target).toEqual({ knowledge: 5.5, involvement: 6.5, count: 2 });
    expect(same.mixedSizeUnits).toBe(false);
    const mixed = mergePlacements([
      placement('Ana', [seg('a', 'A', 2, 2, { size: 10 })], 'percent'),
      placement('Ben', [seg('a', 'A', 2, 2, { size: 5000 })], 'count'),
    ]);
    expect(mixed.mixedSizeUnits).toBe(true);
    expect(mixed.segments[0]?.size).toBeNull();
  });

  it('classifies the rounded mean, as shown', () => {
    // knowledge 6.5, 7, 7.5 → 7 → expert ; 6.5, 7 → 6.75 → intermediate
    expect(mergePlacements([placement('1', [seg('a', 'A', 6.5, 5)]), placement('2', [seg('a', 'A', 7, 5)]), placement('3', [seg('a', 'A', 7.5, 5)])]).segments[0]?.zone).toBe('high-expert');
    expect(mergePlacements([placement('1', [seg('a', 'A', 6.5, 5)]), placement('2', [seg('a', 'A', 7, 5)])]).segments[0]?.zone).toBe('high-intermediate');
  });

  it('keeps merged ids unique even in contrived cases', () => {
    // Ben's c joins group a by name; Ben's a cannot join group a again (same placement) and starts its own group.
    const result = mergePlacements([
      placement('Ana', [seg('a', 'X', 1, 1)]),
      placement('Ben', [seg('c', 'X', 2, 2), seg('a', 'Y', 3, 3)]),
    ]);
    expect(result.segments.map((segment) => segment.id)).toEqual(['a', 'a-2']);
    expect(segmentPositioningDataSchema.safeParse(mergedAsData(result)).success).toBe(true);
  });
});

describe('mergedAsData and mergeSummary', () => {
  const result = mergePlacements([
    placement('Ana', [seg('a', 'Alpha', 1, 9, { description: 'first', size: 40 }), seg('b', 'Beta', 5, 5)]),
    placement('Ben', [seg('a', 'Alpha', 5, 9, { size: 60 }), seg('b', 'Beta', 5.5, 5)]),
  ]);
  it('turns the average into valid data of a new result', () => {
    const data = mergedAsData(result);
    expect(segmentPositioningDataSchema.parse(data)).toEqual(data);
    expect(data.segments[0]).toEqual({
      id: 'a',
      name: 'Alpha',
      description: 'first',
      size: 50,
      mode: 'direct',
      direct: { knowledge: 3, involvement: 9 },
      answers: {},
      target: null,
    });
  });
  it('sums the merge up in both languages', () => {
    // Alpha: knowledge 1, 5 → sd 2 (the widest); Beta: sd 0.25
    expect(mergeSummary(result, 2, positioningText('en'))).toBe('2 segments from 2 placements. The clearest disagreement is about “Alpha” (standard deviation 2).');
    expect(mergeSummary(result, 2, positioningText('fr'))).toBe('2 segments issus de 2 positionnements. Le désaccord le plus net porte sur « Alpha » (écart type 2).');
    const agree = mergePlacements([placement('1', [seg('a', 'A', 5, 5)]), placement('2', [seg('a', 'A', 6, 5)])]);
    expect(mergeSummary(agree, 2, positioningText('en'))).toBe('1 segment from 2 placements. The placements agree: no standard deviation is above 1.');
  });
});

describe('members who disagree on a segment’s zone', () => {
  it('lists every zone the members put it in, most frequent first, even when the mean lands in one', () => {
    // Ana (2, 2) and Ben (2.5, 2.5) → detached novices; Cy (8, 8) → involved experts. Mean (4.17, 4.17).
    const result = mergePlacements([
      placement('Ana', [seg('a', 'Households', 2, 2)]),
      placement('Ben', [seg('a', 'Households', 2.5, 2.5)]),
      placement('Cy', [seg('a', 'Households', 8, 8)]),
    ]);
    const [merged] = result.segments;
    expect(merged?.zones.map((entry) => [entry.zone, entry.count])).toEqual([
      [zoneOf({ knowledge: 2, involvement: 2 }), 2],
      [zoneOf({ knowledge: 8, involvement: 8 }), 1],
    ]);
    expect(zoneOf({ knowledge: 2, involvement: 2 })).not.toBe(zoneOf({ knowledge: 8, involvement: 8 }));
  });
  it('lists one zone when all agree', () => {
    const result = mergePlacements([placement('Ana', [seg('a', 'H', 2, 2)]), placement('Ben', [seg('a', 'H', 2.5, 2)])]);
    expect(result.segments[0]?.zones).toHaveLength(1);
  });
});
