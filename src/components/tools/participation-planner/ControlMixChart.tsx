import { useEffect, useRef } from 'react';
import type { Lang } from '../../../lib/i18n-core';
import { leverLabel, LEVERS, type EmphasisResult, type PlannerRule } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { applyMixColors, Chart, mixChartConfig } from './chart-setup';
import { PAPER_COLORS, prefersReducedMotion, useThemeColors } from './useThemeColors';

interface Props {
  readonly lang: Lang;
  readonly emphasis: EmphasisResult<PlannerRule>;
}

/** The control mix as a horizontal bar chart; the table and text next to it carry the same data. */
export function ControlMixChart({ lang, emphasis }: Props) {
  const t = plannerText(lang);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar'> | null>(null);
  const colors = useThemeColors();
  const values = LEVERS.map((lever) => emphasis.levers[lever].value);
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const key = values.join(',');

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !colors) return;
    const chart = new Chart(
      canvas,
      mixChartConfig({
        labels: LEVERS.map((lever) => leverLabel(t, lever)),
        values: valuesRef.current,
        legend: t('mix.chartLegend'),
        colors,
        animate: !prefersReducedMotion(),
        locale: lang,
      }),
    );
    chartRef.current = chart;
    // Paper is white: print in the light colours, then go back to the theme's.
    const print = window.matchMedia('print');
    const toPaper = (): void => applyMixColors(chart, PAPER_COLORS);
    const toScreen = (): void => applyMixColors(chart, colors);
    const onPrintChange = (event: MediaQueryListEvent): void => (event.matches ? toPaper() : toScreen());
    window.addEventListener('beforeprint', toPaper);
    window.addEventListener('afterprint', toScreen);
    print.addEventListener('change', onPrintChange);
    return () => {
      window.removeEventListener('beforeprint', toPaper);
      window.removeEventListener('afterprint', toScreen);
      print.removeEventListener('change', onPrintChange);
      chart.destroy();
      chartRef.current = null;
    };
  }, [colors, lang]);

  useEffect(() => {
    const chart = chartRef.current;
    const dataset = chart?.data.datasets[0];
    if (!chart || !dataset) return;
    dataset.data = [...valuesRef.current];
    chart.update();
  }, [key]);

  const label = t('mix.chartLabel', {
    values: LEVERS.map((lever) => `${leverLabel(t, lever)} ${emphasis.levers[lever].value}`).join(', '),
  });
  return (
    <div className="pp-chart">
      <canvas ref={canvasRef} role="img" aria-label={label} data-pp-chart="mix" />
    </div>
  );
}
