import type { Position, ZoneId } from '../../../lib/segment-positioning/index';

/** One bubble of the matrix, ready to draw. */
export interface ChartPoint {
  readonly id: string;
  readonly label: string;
  readonly position: Position;
  /** Radius in CSS pixels. */
  readonly radius: number;
  readonly colorIndex: number;
  readonly selected: boolean;
  readonly target: Position | null;
  /** Min–max of each axis over a team's placements (merged view only). */
  readonly spread: { readonly knowledge: readonly [number, number]; readonly involvement: readonly [number, number] } | null;
  /** Tooltip lines (already localised). */
  readonly tooltip: readonly string[];
}

/** Every text the chart draws, localised by the caller. */
export interface ChartTexts {
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly zones: Readonly<Record<ZoneId, string>>;
  readonly lang: string;
}
