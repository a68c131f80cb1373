import { describe, expect, it } from 'vitest';
import {
  bubbleRadius,
  formatScore,
  formatSize,
  largestSize,
  newSegment,
  placementSummary,
  positionText,
  positionWithZone,
  type Segment,
} from '../../../src/lib/segment-positioning/index';
import { positioningText } from '../../../src/i18n/tools/segment-positioning/index';

const seg = (id: string, name: string, knowledge: number, involvement: number, over: Partial<Segment> = {}): Segment => ({
  ...newSegment(id, name),
  mode: 'direct',
  direct: { knowledge, involvement },
  ...over,
});

describe('placementSummary', () => {
  it('says when nothing is placed', () => {
    expect(placementSummary({ sizeUnit: 'percent', segments: [] }, positioningText('en'))).toEqual(['No segment is placed on the matrix yet.']);
  });
  it('names the target zone, the largest segment, targets and what is unplaced', () => {
    const data = {
      sizeUnit: 'percent' as const,
      segments: [
        seg('a', 'Alpha', 5, 7, { size: 20, target: { knowledge: 6, involvement: 8 } }),
        seg('b', 'Beta', 1, 2, { size: 50, target: { knowledge: 4, involvement: 4 } }),
        seg('c', 'Gamma', 4, 6),
        seg('d', 'Delta', 0, 0, { mode: 'questions' }),
      ],
    };
    expect(placementSummary(data, positioningText('en'))).toEqual([
      '3 segments placed on the matrix.',
      'In the target zone (involved customers with intermediate knowledge): Alpha and Gamma.',
      'The largest segment, Beta (50%), is in the zone “Detached novices”.',
      'Target position set for 2 of 3; 1 in the target zone.',
      'Not placed yet (questions unanswered): Delta.',
    ]);
    expect(placementSummary(data, positioningText('fr'))[1]).toBe('Dans la zone cible (clients impliqués, connaissance intermédiaire) : Alpha et Gamma.');
  });
  it('uses the singular for one segment and says when none is in the target zone', () => {
    expect(placementSummary({ sizeUnit: 'count', segments: [seg('a', '', 9, 9)] }, positioningText('fr'))).toEqual([
      '1 segment placé sur la matrice.',
      'Aucun n’est dans la zone cible (clients impliqués, connaissance intermédiaire).',
    ]);
  });
});

describe('labels', () => {
  it('format scores and sizes with the language’s conventions', () => {
    expect(formatScore(3.5, 'fr')).toBe('3,5');
    expect(formatScore(6.67, 'en')).toBe('6.67');
    expect(formatSize(12.5, 'percent', positioningText('en'))).toBe('12.5%');
    expect(formatSize(42000, 'count', positioningText('en'))).toBe('42,000 customers');
    expect(formatSize(42000, 'count', positioningText('fr'))).toMatch(/^42\s000 clients$/);
  });
  it('describe a position with its bands and zone', () => {
    expect(positionText({ knowledge: 3.5, involvement: 5 }, positioningText('en'))).toBe('knowledge 3.5 (intermediate), involvement 5 (high)');
    expect(positionWithZone({ knowledge: 3.49, involvement: 5 }, positioningText('en'))).toBe('knowledge 3.49 (novice), involvement 5 (high): Involved novices');
  });
});

describe('bubbleRadius', () => {
  it('makes the area follow the size, with a floor and a default', () => {
    // largest → 24 ; a quarter → 24 × √0.25 = 12 ; a hundredth → 2.4 → floor 6
    expect(bubbleRadius(40, 40)).toBe(24);
    expect(bubbleRadius(10, 40)).toBe(12);
    expect(bubbleRadius(0.4, 40)).toBe(6);
    expect(bubbleRadius(null, 40)).toBe(10);
    expect(bubbleRadius(5, 0)).toBe(10);
  });
  it('finds the largest known size', () => {
    expect(largestSize([null, 3, 12, 7])).toBe(12);
    expect(largestSize([null])).toBe(0);
  });
});
