import type { Lang } from '../../../lib/i18n-core';
import { leverLabel, LEVERS, type EmphasisResult, type PlannerRule } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { useLiveChart } from '../../charts/useLiveChart';
import { mixChartConfig } from './chart-setup';

interface Props {
  readonly lang: Lang;
  readonly emphasis: EmphasisResult<PlannerRule>;
}

/** The control mix as a horizontal bar chart; the table and text next to it carry the same data. */
export function ControlMixChart({ lang, emphasis }: Props) {
  const t = plannerText(lang);
  const values = LEVERS.map((lever) => emphasis.levers[lever].value);
  const { canvasRef } = useLiveChart(
    ({ colors, animate }) =>
      mixChartConfig({
        labels: LEVERS.map((lever) => leverLabel(t, lever)),
        values,
        legend: t('mix.chartLegend'),
        colors,
        animate,
        locale: lang,
      }),
    [values.join(','), lang],
  );

  const label = t('mix.chartLabel', {
    values: LEVERS.map((lever) => `${leverLabel(t, lever)} ${emphasis.levers[lever].value}`).join(', '),
  });
  return (
    <div className="pp-chart">
      <canvas ref={canvasRef} role="img" aria-label={label} data-pp-chart="mix" />
    </div>
  );
}
