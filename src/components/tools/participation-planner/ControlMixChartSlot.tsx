import type { Lang } from '../../../lib/i18n-core';
import type { EmphasisResult, PlannerRule } from '../../../lib/participation-planner/index';
import { lazyChart, WhenNear } from '../../charts/deferred';

const ControlMixChart = lazyChart(() => import('./ControlMixChart').then((module) => module.ControlMixChart));

interface Props {
  readonly lang: Lang;
  readonly emphasis: EmphasisResult<PlannerRule>;
}

/** The control-mix chart's place: chart.js loads only when the chart comes near the viewport. */
export function ControlMixChartSlot({ lang, emphasis }: Props) {
  return (
    <WhenNear minHeight="12rem">
      <ControlMixChart lang={lang} emphasis={emphasis} />
    </WhenNear>
  );
}
