import { useChartExport } from '../../charts/ChartExport';
import { lazyChart, WhenNear } from '../../charts/deferred';
import type { ChartPoint, ChartTexts } from './chart-model';

const PositionChart = lazyChart(() => import('./PositionChart').then((module) => module.PositionChart));

interface Props {
  readonly points: readonly ChartPoint[];
  readonly texts: ChartTexts;
  /** One or two sentences saying what the chart shows (the canvas's accessible name). */
  readonly ariaLabel: string;
  readonly onSelect?: ((id: string) => void) | undefined;
  /** Key of the chart in the PNG export (charts are exported in key order); null: not offered (a read-only copy). */
  readonly exportKey: string | null;
}

/**
 * The matrix chart's place in the page: offers the PNG export at once (drawn off screen, loading
 * chart.js on demand) and loads the live chart only when it comes near the viewport.
 */
export function PositionChartSlot({ points, texts, ariaLabel, onSelect, exportKey }: Props) {
  useChartExport(exportKey, async () => (await import('./position-png')).renderPositionPng(points, texts));

  return (
    <WhenNear minHeight="clamp(24rem, 100vw, 36rem)">
      <PositionChart points={points} texts={texts} ariaLabel={ariaLabel} onSelect={onSelect} />
    </WhenNear>
  );
}
