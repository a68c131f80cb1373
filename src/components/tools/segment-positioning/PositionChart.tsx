import { BubbleController, Chart, Legend, LinearScale, PointElement, Tooltip } from 'chart.js';
import { useCallback, useEffect, useRef } from 'react';
import { PAPER_COLORS, pageFontFamily, readChartColors } from './chart-colors';
import { buildConfig } from './chart-config';
import type { ChartPoint, ChartTexts } from './chart-model';

Chart.register(BubbleController, LinearScale, PointElement, Tooltip, Legend);

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

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The involvement × knowledge matrix as a chart.js bubble chart. Colours follow the theme (and
 * switch to paper colours for print); the PNG export is drawn by position-png.ts. The chart is destroyed on unmount.
 */
export function PositionChart({ points, texts, ariaLabel, onSelect }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bubble', { x: number; y: number; r: number }[]> | null>(null);
  const paperRef = useRef(false);
  const compactRef = useRef(false);
  const latest = useRef({ points, texts, onSelect });
  latest.current = { points, texts, onSelect };

  const render = useCallback(() => {
    const host = hostRef.current;
    const canvas = canvasRef.current;
    if (!host || !canvas) return;
    const paper = paperRef.current;
    compactRef.current = !paper && host.clientWidth < COMPACT_BELOW;
    const config = buildConfig({
      compact: compactRef.current,
      colors: paper ? PAPER_COLORS : readChartColors(host),
      texts: latest.current.texts,
      points: latest.current.points,
      font: pageFontFamily(host),
      animate: !paper && !reducedMotion(),
      forExport: false,
      onSelect: (id) => latest.current.onSelect?.(id),
    });
    const chart = chartRef.current;
    if (!chart) {
      chartRef.current = new Chart(canvas, config);
      return;
    }
    chart.data = config.data;
    chart.options = config.options ?? {};
    chart.update(paper ? 'none' : undefined);
  }, []);

  // Create once; follow the theme, reduced motion and printing; destroy on unmount.
  useEffect(() => {
    render();
    const observer = new MutationObserver(() => render());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const queries = ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)'].map((query) => window.matchMedia(query));
    const onChange = (): void => render();
    queries.forEach((query) => query.addEventListener('change', onChange));
    const beforePrint = (): void => {
      paperRef.current = true;
      render();
      chartRef.current?.resize(PRINT_SIZE.width, PRINT_SIZE.height);
    };
    const afterPrint = (): void => {
      paperRef.current = false;
      chartRef.current?.resize();
      render();
    };
    // Crossing the phone width changes the layout (legend, sizes): draw again.
    let frame = 0;
    const resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const host = hostRef.current;
        if (host && !paperRef.current && host.clientWidth < COMPACT_BELOW !== compactRef.current) render();
      });
    });
    if (hostRef.current) resizeObserver.observe(hostRef.current);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      resizeObserver.disconnect();
      cancelAnimationFrame(frame);
      queries.forEach((query) => query.removeEventListener('change', onChange));
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, [render]);

  useEffect(() => {
    render();
  }, [points, texts, render]);

  return (
    <div className="sp-chart" ref={hostRef}>
      <canvas ref={canvasRef} role="img" aria-label={ariaLabel} />
    </div>
  );
}
