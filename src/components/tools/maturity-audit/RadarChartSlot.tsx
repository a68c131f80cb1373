import { useEffect } from 'react';
import { lazyChart, WhenNear } from '../../charts/deferred';
import { useAudit } from './context';
import type { RadarSpec } from './radar-config';

const RadarChart = lazyChart(() => import('./RadarChart').then((module) => module.RadarChart));

interface Props {
  readonly spec: RadarSpec;
  /** What the chart shows, in words (the canvas is an image to assistive technologies). */
  readonly label: string;
}

/**
 * The radar chart's place in the page: registers the chart for the PNG export at once, and loads
 * chart.js only when the chart comes near the viewport.
 */
export function RadarChartSlot({ spec, label }: Props) {
  const { charts } = useAudit();

  useEffect(() => {
    charts.set(spec.key, spec);
  }, [charts, spec]);

  useEffect(() => {
    const key = spec.key;
    return () => {
      charts.delete(key);
    };
  }, [charts, spec.key]);

  return (
    <WhenNear minHeight="20rem">
      <RadarChart spec={spec} label={label} />
    </WhenNear>
  );
}
