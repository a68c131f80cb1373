import { useEffect, useRef, useState } from 'react';
import { Chart } from 'chart.js';
import { prefersReducedMotion, readChartColors, useThemeVersion } from './chart-theme';
import { useAudit } from './context';
import { radarConfig, type RadarSpec } from './radar-config';
import { RadarLegend } from './RadarLegend';
import { renderRadarPng } from './radar-png';

interface Props {
  readonly spec: RadarSpec;
  /** What the chart shows, in words (the canvas is an image to assistive technologies). */
  readonly label: string;
}

/** Below this width (px) the axes are numbered rather than named. */
export const COMPACT_WIDTH = 400;
/** Quiet time (ms) before the print copy of the chart is redrawn. */
const PRINT_DELAY = 400;

type RadarChartInstance = Chart<'radar', (number | null)[], string[]>;

/** A radar chart that follows the theme, skips animation when asked to, and prints in light colours. */
export function RadarChart({ spec, label }: Props) {
  const { t } = useAudit();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<RadarChartInstance | null>(null);
  const printRef = useRef<HTMLImageElement>(null);
  const theme = useThemeVersion();
  const [numbered, setNumbered] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const compact = canvas.parentElement ? canvas.parentElement.clientWidth < COMPACT_WIDTH : false;
    setNumbered(compact);
    const config = radarConfig(spec, readChartColors(canvas.parentElement), { animate: !prefersReducedMotion(), compact });
    const chart = chartRef.current;
    if (!chart) {
      chartRef.current = new Chart(canvas, config);
      return;
    }
    chart.data = config.data;
    chart.options = config.options ?? {};
    chart.update();
  }, [spec, theme]);

  useEffect(() => {
    // Paper is white: keep a light-coloured copy of the chart ready for printing (redrawing the
    // live canvas at print time is unreliable), refreshed once the data settles.
    const timer = window.setTimeout(() => {
      const image = printRef.current;
      const drawn = image ? renderRadarPng(spec, image.parentElement) : null;
      if (image && drawn) image.src = drawn.toDataURL('image/png');
    }, PRINT_DELAY);
    return () => window.clearTimeout(timer);
  }, [spec]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    <div className="ma-chart">
      <canvas ref={canvasRef} role="img" aria-label={label} />
      <img ref={printRef} className="ma-print-only ma-chart__print" alt={label} />
      {spec.series.length > 1 ? <RadarLegend series={spec.series} /> : null}
      {numbered ? <p className="ma-chart__numbers ma-hint">{t('r.chart.numbers')}</p> : null}
    </div>
  );
}
