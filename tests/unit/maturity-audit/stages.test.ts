import { describe, expect, it } from 'vitest';
import { STAGE_IDS, STAGE_LOWER_BOUNDS, stageOf, stageRange } from '../../../src/lib/maturity-audit/index';

describe('stage thresholds (<20, <40, <60, <80, ≥80)', () => {
  it.each([
    [0, 'unaware'],
    [19, 'unaware'],
    [19.99, 'unaware'],
    [20, 'experimenting'],
    [21, 'experimenting'],
    [39, 'experimenting'],
    [39.99, 'experimenting'],
    [40, 'structured'],
    [41, 'structured'],
    [59, 'structured'],
    [60, 'integrated'],
    [61, 'integrated'],
    [79, 'integrated'],
    [79.99, 'integrated'],
    [80, 'co-creative'],
    [81, 'co-creative'],
    [100, 'co-creative'],
  ] as const)('score %s is %s', (score, stage) => {
    expect(stageOf(score)).toBe(stage);
  });

  it('refuses scores outside 0–100', () => {
    expect(() => stageOf(-1)).toThrow(RangeError);
    expect(() => stageOf(100.5)).toThrow(RangeError);
    expect(() => stageOf(Number.NaN)).toThrow(RangeError);
  });

  it('gives each stage a contiguous range of whole scores covering 0–100 exactly once', () => {
    expect(STAGE_IDS.map((stage) => stageRange(stage))).toEqual([
      { from: 0, to: 19 },
      { from: 20, to: 39 },
      { from: 40, to: 59 },
      { from: 60, to: 79 },
      { from: 80, to: 100 },
    ]);
    for (let score = 0; score <= 100; score += 1) {
      const stage = stageOf(score);
      const { from, to } = stageRange(stage);
      expect(score >= from && score <= to, `score ${score}`).toBe(true);
    }
  });

  it('puts an all-k dimension (25 × k points) in the k-th stage', () => {
    [0, 1, 2, 3, 4].forEach((k) => expect(stageOf(25 * k)).toBe(STAGE_IDS[k]));
    expect(STAGE_LOWER_BOUNDS['co-creative']).toBe(80); // = a mean answer of 3.2
  });
});
