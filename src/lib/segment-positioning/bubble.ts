/** Radii of the bubbles, in pixels. */
export interface RadiusRange {
  /** Smallest radius, so that a small segment stays visible and clickable. */
  readonly min: number;
  /** Radius of the largest segment. */
  readonly max: number;
  /** Radius of a segment whose size is unknown. */
  readonly unknown: number;
}

export const DEFAULT_RADII: RadiusRange = { min: 6, max: 24, unknown: 10 };

/**
 * Bubble radius of a segment: the area follows the size (radius = max × √(size ÷ largest size)),
 * never below `min`. Size unknown, or no segment with a positive size: `unknown`.
 * With max 24: the largest → 24; a quarter of it → 24 × √0.25 = 12; a hundredth → 2.4, floored to 6.
 */
export function bubbleRadius(size: number | null, largest: number, range: RadiusRange = DEFAULT_RADII): number {
  if (size === null || !Number.isFinite(size) || !(largest > 0)) return range.unknown;
  const ratio = Math.min(1, Math.max(0, size / largest));
  return Math.max(range.min, range.max * Math.sqrt(ratio));
}

/** The largest known size of a list (0 when none is known). */
export function largestSize(sizes: readonly (number | null)[]): number {
  return sizes.reduce<number>((largest, size) => (size !== null && size > largest ? size : largest), 0);
}
