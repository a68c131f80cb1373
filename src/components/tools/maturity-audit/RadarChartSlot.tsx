import { useChartExport } from '../../charts/ChartExport';
import { lazyChart, WhenNear } from '../../charts/deferred';
import type { RadarSpec } from './radar-config';

const RadarChart = lazyChart(() => import('./RadarChart').then((module) => module.RadarChart));

interface Props {
  readonly spec: RadarSpec;
  /** What the chart shows, in words (the canvas is an image to assistive technologies). */
  readonly label: string;
}

/**
 * The radar chart's place in the page: offers the chart to the PNG export at once (drawn off screen,
 * loading chart.js on demand), and loads the live chart only when it comes near the viewport.
 */
export function RadarChartSlot({ spec, label }: Props) {
  useChartExport(spec.key, async () => (await import('./radar-png')).renderRadarPng(spec));

  return (
    <WhenNear minHeight="20rem">
      <RadarChart spec={spec} label={label} />
    </WhenNear>
  );
}
