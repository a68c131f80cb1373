/**
 * Zone assignment at and around every boundary. Knowledge: novice [0, 3.5), intermediate [3.5, 7),
 * expert [7, 10]. Involvement: low [0, 5), high [5, 10]. A boundary belongs to the band above.
 */
import { describe, expect, it } from 'vitest';
import {
  involvementLevel,
  isTargetZone,
  knowledgeBand,
  TARGET_ZONE,
  ZONE_IDS,
  zoneOf,
  zoneParts,
  zoneRects,
} from '../../../src/lib/segment-positioning/index';

describe('knowledge bands', () => {
  it.each([
    [0, 'novice'],
    [0.01, 'novice'],
    [3.49, 'novice'],
    [3.4999, 'novice'],
    [3.5, 'intermediate'],
    [3.51, 'intermediate'],
    [5, 'intermediate'],
    [6.99, 'intermediate'],
    [7, 'expert'],
    [7.01, 'expert'],
    [9.99, 'expert'],
    [10, 'expert'],
  ] as const)('%s → %s', (score, band) => {
    expect(knowledgeBand(score)).toBe(band);
  });

  it('refuses scores outside 0–10 and non-numbers', () => {
    for (const bad of [-0.01, 10.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => knowledgeBand(bad)).toThrow(RangeError);
    }
  });
});

describe('involvement levels', () => {
  it.each([
    [0, 'low'],
    [4.99, 'low'],
    [5, 'high'],
    [5.01, 'high'],
    [10, 'high'],
  ] as const)('%s → %s', (score, level) => {
    expect(involvementLevel(score)).toBe(level);
  });

  it('refuses scores outside 0–10', () => {
    expect(() => involvementLevel(-1)).toThrow(RangeError);
    expect(() => involvementLevel(11)).toThrow(RangeError);
  });
});

describe('zones', () => {
  it('crosses both axes at every boundary', () => {
    expect(zoneOf({ knowledge: 3.49, involvement: 5 })).toBe('high-novice');
    expect(zoneOf({ knowledge: 3.5, involvement: 5 })).toBe('high-intermediate');
    expect(zoneOf({ knowledge: 3.51, involvement: 4.99 })).toBe('low-intermediate');
    expect(zoneOf({ knowledge: 6.99, involvement: 5.01 })).toBe('high-intermediate');
    expect(zoneOf({ knowledge: 7, involvement: 5.01 })).toBe('high-expert');
    expect(zoneOf({ knowledge: 7.01, involvement: 4.99 })).toBe('low-expert');
    expect(zoneOf({ knowledge: 0, involvement: 0 })).toBe('low-novice');
    expect(zoneOf({ knowledge: 10, involvement: 10 })).toBe('high-expert');
    expect(zoneOf({ knowledge: 0, involvement: 10 })).toBe('high-novice');
    expect(zoneOf({ knowledge: 10, involvement: 0 })).toBe('low-expert');
    expect(zoneOf({ knowledge: 5, involvement: 4.99 })).toBe('low-intermediate');
  });

  it('has the method’s target (involved, intermediate) as the only target zone', () => {
    expect(TARGET_ZONE).toBe('high-intermediate');
    expect(ZONE_IDS.filter(isTargetZone)).toEqual(['high-intermediate']);
  });

  it('splits zone ids into level and band', () => {
    expect(zoneParts('low-expert')).toEqual({ level: 'low', band: 'expert' });
    expect(zoneParts('high-intermediate')).toEqual({ level: 'high', band: 'intermediate' });
  });

  it('tiles the 0–10 square with six rectangles, each holding the centre of its own zone', () => {
    const rects = zoneRects();
    expect(rects.map((rect) => rect.zone)).toEqual([...ZONE_IDS]);
    // Areas: 3.5×5 + 3.5×5 + 3×5 per row = 50 per row, 100 in all.
    const area = rects.reduce((sum, rect) => sum + (rect.knowledge[1] - rect.knowledge[0]) * (rect.involvement[1] - rect.involvement[0]), 0);
    expect(area).toBe(100);
    for (const rect of rects) {
      const centre = { knowledge: (rect.knowledge[0] + rect.knowledge[1]) / 2, involvement: (rect.involvement[0] + rect.involvement[1]) / 2 };
      expect(zoneOf(centre)).toBe(rect.zone);
    }
  });

  it('gives each knowledge band exactly 7 of the 21 points of the 0.5 grid', () => {
    const grid = Array.from({ length: 21 }, (_, index) => index * 0.5);
    const counts = { novice: 0, intermediate: 0, expert: 0 };
    for (const score of grid) counts[knowledgeBand(score)] += 1;
    expect(counts).toEqual({ novice: 7, intermediate: 7, expert: 7 });
  });
});
