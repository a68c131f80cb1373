import { describe, expect, it } from 'vitest';
import { calibratedMultiplier, medianRun } from '../../src/lib/lighthouse-runs';

describe('calibratedMultiplier', () => {
  it('keeps the default 4x on the host Lighthouse assumes (index 1750)', () => {
    expect(calibratedMultiplier(1750)).toBe(4);
  });
  it('slows a weaker host less and a faster one more, to one decimal', () => {
    expect(calibratedMultiplier(1000)).toBe(2.3); // 1000 / 437.5 = 2.2857
    expect(calibratedMultiplier(2494)).toBe(5.7); // 2494 / 437.5 = 5.7005
  });
  it('never goes below 1x (no speeding up)', () => {
    expect(calibratedMultiplier(200)).toBe(1);
  });
});

describe('medianRun', () => {
  it('keeps the middle run by score and lists every score in run order', () => {
    const runs = [
      { performance: 100, tbtMs: 0, id: 'a' },
      { performance: 87, tbtMs: 400, id: 'b' },
      { performance: 99, tbtMs: 60, id: 'c' },
    ];
    expect(medianRun(runs)).toEqual({ performance: 99, tbtMs: 60, id: 'c', perfRuns: [100, 87, 99] });
  });
  it('takes the lower middle of an even count, and among equal scores the one with more blocking time', () => {
    const runs = [
      { performance: 100, tbtMs: 10, id: 'a' },
      { performance: 99, tbtMs: 20, id: 'b' },
      { performance: 99, tbtMs: 90, id: 'c' },
      { performance: 100, tbtMs: 0, id: 'd' },
    ];
    // sorted: c (99, 90), b (99, 20), a, d → lower middle is b
    expect(medianRun(runs).id).toBe('b');
  });
  it('refuses an empty list', () => {
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});
