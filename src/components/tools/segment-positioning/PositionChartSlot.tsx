import { useEffect, useRef } from 'react';
import { lazyChart, WhenNear } from '../../charts/deferred';
import { pageFontFamily } from './chart-colors';
import type { ChartPoint, ChartTexts } from './chart-model';

const PositionChart = lazyChart(() => import('./PositionChart').then((module) => module.PositionChart));

/** Registers (or, with null, removes) a chart's PNG renderer under a key for the toolbar's export. */
export type ExportRegistry = (key: string, render: (() => Promise<HTMLCanvasElement>) | null) => void;

interface Props {
  readonly points: readonly ChartPoint[];
  readonly texts: ChartTexts;
  /** One or two sentences saying what the chart shows (the canvas's accessible name). */
  readonly ariaLabel: string;
  readonly onSelect?: ((id: string) => void) | undefined;
  readonly registerExport?: ExportRegistry | undefined;
  readonly exportKey: string;
}

/**
 * The matrix chart's place in the page: offers the PNG export at once (drawn off-screen, loading
 * chart.js on demand) and loads the live chart only when it comes near the viewport.
 */
export function PositionChartSlot({ points, texts, ariaLabel, onSelect, registerExport, exportKey }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ points, texts });
  latest.current = { points, texts };

  useEffect(() => {
    if (!registerExport) return undefined;
    registerExport(exportKey, async () => {
      const { renderPositionPng } = await import('./position-png');
      return renderPositionPng(latest.current.points, latest.current.texts, pageFontFamily(hostRef.current));
    });
    return () => registerExport(exportKey, null);
  }, [registerExport, exportKey]);

  return (
    <div ref={hostRef}>
      <WhenNear minHeight="clamp(24rem, 100vw, 36rem)">
        <PositionChart points={points} texts={texts} ariaLabel={ariaLabel} onSelect={onSelect} />
      </WhenNear>
    </div>
  );
}
