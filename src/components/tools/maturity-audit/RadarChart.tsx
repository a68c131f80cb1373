import { useLiveChart } from '../../charts/useLiveChart';
import { useAudit } from './context';
import { radarConfig, type RadarSpec } from './radar-config';
import { RadarLegend } from './RadarLegend';

interface Props {
  readonly spec: RadarSpec;
  /** What the chart shows, in words (the canvas is an image to assistive technologies). */
  readonly label: string;
}

/** Below this width (px) the axes are numbered rather than named. */
export const COMPACT_WIDTH = 400;
/** Size of the chart on paper (CSS px): the 9 cm of the printed chart's box. */
const PRINT_SIZE = { width: 340, height: 340 } as const;

/** A radar chart (the chart kit follows the theme, reduced motion and printing). */
export function RadarChart({ spec, label }: Props) {
  const { t } = useAudit();
  const { canvasRef, compact } = useLiveChart(
    ({ colors, animate, compact: numbered }) => radarConfig(spec, colors, { animate, compact: numbered }),
    [spec],
    { compactBelow: COMPACT_WIDTH, printSize: PRINT_SIZE },
  );

  return (
    <div className="ma-chart">
      <canvas ref={canvasRef} role="img" aria-label={label} />
      {spec.series.length > 1 ? <RadarLegend series={spec.series} /> : null}
      {compact ? <p className="ma-chart__numbers ma-hint">{t('r.chart.numbers')}</p> : null}
    </div>
  );
}
