import type { Lang } from '../../../lib/i18n-core';
import { leverLabel, LEVERS, type EmphasisResult, type PlannerRule } from '../../../lib/participation-planner/index';
import { plannerText } from '../../../i18n/tools/participation-planner/index';
import { useChartExport } from '../../charts/ChartExport';
import { lazyChart, WhenNear } from '../../charts/deferred';

const ControlMixChart = lazyChart(() => import('./ControlMixChart').then((module) => module.ControlMixChart));

interface Props {
  readonly lang: Lang;
  readonly emphasis: EmphasisResult<PlannerRule>;
  /** Title of the chart's PNG image; without one the chart is not offered to the PNG export (a read-only copy). */
  readonly exportTitle?: string | undefined;
}

/**
 * The control-mix chart's place: offers the chart to the PNG export at once (drawn off screen,
 * loading chart.js on demand); the live chart loads only when it comes near the viewport.
 */
export function ControlMixChartSlot({ lang, emphasis, exportTitle }: Props) {
  const t = plannerText(lang);
  useChartExport(exportTitle === undefined ? null : 'mix', async () =>
    (await import('./chart-setup')).renderMixPng({
      labels: LEVERS.map((lever) => leverLabel(t, lever)),
      values: LEVERS.map((lever) => emphasis.levers[lever].value),
      legend: t('mix.chartLegend'),
      title: exportTitle,
      locale: lang,
    }),
  );

  return (
    <WhenNear minHeight="12rem">
      <ControlMixChart lang={lang} emphasis={emphasis} />
    </WhenNear>
  );
}
