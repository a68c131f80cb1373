import { describe, expect, it } from 'vitest';
import { clampScore, nudge, parseDecimal, round2 } from '../../../src/lib/segment-positioning/index';

describe('nudge (keyboard moves on the 0.5 grid)', () => {
  it('moves by the step from a grid point', () => {
    expect(nudge(3.5, 0.5)).toBe(4); // 3.5 + 0.5
    expect(nudge(3.5, -0.5)).toBe(3);
    expect(nudge(3, 1)).toBe(4); // Shift: step 1
    expect(nudge(6.5, 0.5)).toBe(7);
  });
  it('lands on the next grid point from an off-grid value, never jumping over one', () => {
    expect(nudge(3.33, 0.5)).toBe(3.5); // 3.83 → floor to 3.5
    expect(nudge(3.33, -0.5)).toBe(3); // 2.83 → ceil to 3
    expect(nudge(6.67, 1)).toBe(7.5); // 7.67 → floor to 7.5
    expect(nudge(6.67, -1)).toBe(6); // 5.67 → ceil to 6
  });
  it('stays within 0–10', () => {
    expect(nudge(10, 0.5)).toBe(10);
    expect(nudge(9.8, 1)).toBe(10);
    expect(nudge(0, -1)).toBe(0);
    expect(nudge(0.2, -0.5)).toBe(0);
  });
  it('does not lose a step to float noise', () => {
    expect(nudge(0.1 + 0.2, 0.2)).toBe(0.5); // 0.5000000000000001 → 0.5
    expect(nudge(0.1 + 0.2, 0)).toBe(0.30000000000000004); // no move: only clamped
  });
});

describe('parseDecimal', () => {
  it('reads both decimal marks and spaces', () => {
    expect(parseDecimal('3,5')).toBe(3.5);
    expect(parseDecimal(' 3.5 ')).toBe(3.5);
    expect(parseDecimal('12 000')).toBe(12000);
    expect(parseDecimal('7')).toBe(7);
    expect(parseDecimal('-2')).toBe(-2);
  });
  it('refuses anything else', () => {
    for (const bad of ['', 'abc', '1e3', '3,5,1', '3.', ',5', 'NaN', '0x10']) expect(parseDecimal(bad), bad).toBeNull();
  });
});

describe('round2 and clampScore', () => {
  it('rounds to two decimals', () => {
    expect(round2(10 / 3)).toBe(3.33);
    expect(round2(20 / 3)).toBe(6.67);
    expect(round2(1.005)).toBe(1.01);
  });
  it('clamps to 0–10', () => {
    expect(clampScore(-1)).toBe(0);
    expect(clampScore(11)).toBe(10);
    expect(clampScore(4.5)).toBe(4.5);
  });
});
