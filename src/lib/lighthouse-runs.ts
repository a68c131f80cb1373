/**
 * How `npm run bench` reads Lighthouse runs (pure, unit-tested; the script only runs Lighthouse).
 *
 * CPU calibration (Lighthouse docs/throttling.md, "Calibrating the CPU slowdown"): the mobile preset
 * slows the host's CPU 4×, which assumes a host in the high-end desktop bracket (benchmarkIndex
 * 1500–2000, taken at 1750) and lands on a mid-range phone. On another host, the multiplier that lands
 * on the same phone is the host's index over 1750 / 4; a faster host gets more than 4×, never below 1×.
 */
export const DEFAULT_CPU_MULTIPLIER = 4;
export const ASSUMED_HOST_INDEX = 1750;

/** The CPU slowdown for a host of this benchmarkIndex, to one decimal. */
export function calibratedMultiplier(benchmarkIndex: number): number {
  const target = ASSUMED_HOST_INDEX / DEFAULT_CPU_MULTIPLIER;
  return Math.max(1, Math.round((benchmarkIndex / target) * 10) / 10);
}

export interface RunScores {
  readonly performance: number;
  readonly tbtMs: number;
}

/**
 * The median run by performance score (the lower middle one for an even count; among equal scores,
 * the one with more blocking time first), with every run's score in the order they ran.
 */
export function medianRun<T extends RunScores>(runs: readonly T[]): T & { perfRuns: number[] } {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, perfRuns: runs.map((r) => r.performance) };
}
