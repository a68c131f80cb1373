import { SCORE_MAX, SCORE_MIN, SCORE_STEP } from './axes';

/**
 * Every computed score (derived from answers, averaged over a team) is rounded to two decimals
 * before it is classified, so the value shown is the value classified.
 */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

export function clampScore(value: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, value));
}

/**
 * One keyboard move: adds `delta` and lands on the 0.5 grid without jumping over a grid point.
 * 3.3 + 0.5 → 3.5 (not 4), 3.5 + 0.5 → 4, 3.3 − 0.5 → 3, 9.8 + 1 → 10 (clamped).
 */
export function nudge(value: number, delta: number): number {
  if (delta === 0) return clampScore(value);
  const raw = (value + delta) / SCORE_STEP;
  // A tiny tolerance keeps 0.1 + 0.2-style float noise from dropping a whole step.
  const steps = delta > 0 ? Math.floor(raw + 1e-9) : Math.ceil(raw - 1e-9);
  return clampScore(round2(steps * SCORE_STEP));
}

/**
 * Reads a decimal typed by a person: "3,5", "3.5", " 7 " → number; "", "abc", "1e3", "3,5,1" → null.
 * Range is checked by the caller.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
