import { useRef } from 'react';
import { pageFontFamily } from '../../charts/colors';
import { useLiveChart } from '../../charts/useLiveChart';
import { buildConfig } from './chart-config';
import type { ChartPoint, ChartTexts } from './chart-model';

/** Size of the chart on paper (CSS pixels). */
const PRINT_SIZE = { width: 680, height: 560 } as const;
/** Below this width (CSS px) the chart drops its legend and shrinks bubbles and labels. */
const COMPACT_BELOW = 520;

interface Props {
  readonly points: readonly ChartPoint[];
  readonly texts: ChartTexts;
  /** One or two sentences saying what the chart shows (the canvas's accessible name). */
  readonly ariaLabel: string;
  readonly onSelect?: ((id: string) => void) | undefined;
}

/**
 * The involvement × knowledge matrix as a chart.js bubble chart (the chart kit follows the theme,
 * reduced motion and printing); the PNG export is drawn by position-png.ts.
 */
export function PositionChart({ points, texts, ariaLabel, onSelect }: Props) {
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;
  const { canvasRef } = useLiveChart(
    ({ colors, animate, compact, host }) =>
      buildConfig({ compact, colors, texts, points, font: pageFontFamily(host), animate, forExport: false, onSelect: (id) => selectRef.current?.(id) }),
    [points, texts],
    { compactBelow: COMPACT_BELOW, printSize: PRINT_SIZE },
  );

  return (
    <div className="sp-chart">
      <canvas ref={canvasRef} role="img" aria-label={ariaLabel} />
    </div>
  );
}
