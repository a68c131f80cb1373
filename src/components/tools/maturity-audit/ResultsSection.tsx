import { useId, useMemo, type Ref } from 'react';
import type { ResultEnvelope } from '../../../lib/results/index';
import { t as resultsT } from '../../results/deps';
import { isTeamData, scoresSummary, teamDimensionStats, type AuditData, type AuditScores, type NextStep } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { RadarChartSlot } from './RadarChartSlot';
import type { RadarSpec } from './radar-config';
import { Recommendations } from './Recommendations';
import { ScoreTable } from './ScoreTable';
import { useLiveText } from './useLiveText';

interface Props {
  readonly envelope: ResultEnvelope<AuditData>;
  readonly scores: AuditScores;
  readonly headingRef?: Ref<HTMLHeadingElement> | undefined;
  readonly onAddStep?: ((step: NextStep, dimension: string) => void) | undefined;
}

/** The profile: summary sentence, radar, score table and next steps. */
export function ResultsSection({ envelope, scores, headingRef, onAddStep }: Props) {
  const { q, t, lang } = useAudit();
  const headingId = useId();
  const summary = scoresSummary(q, scores, t);
  const announced = useLiveText(summary, 800);
  const title = envelope.title.trim() || resultsT(lang, 'ui.untitled');
  const team = isTeamData(envelope.data) ? envelope.data.team : undefined;
  const spec = useMemo<RadarSpec>(() => {
    // A team's profile also draws the spread of its respondents' own scores: the lowest and the
    // highest per dimension (respondents with too few answers left out, as in the team table).
    const spread = team ? teamDimensionStats(q, team) : null;
    return {
      key: 'a-profile',
      title: t('r.chart.pngTitle', { title }),
      labels: q.dimensions.map((dimension) => dimension.short),
      series: [
        { label: t('r.chart.dataset'), values: scores.dimensions.map((score) => score.score), kind: 'primary' },
        ...(spread
          ? ([
              { label: t('r.chart.teamLow'), values: spread.map((row) => row.min), kind: 'secondary' },
              { label: t('r.chart.teamHigh'), values: spread.map((row) => row.max), kind: 'secondary' },
            ] as const)
          : []),
      ],
    };
  }, [q, scores, t, title, team]);
  const chartLabel = t('r.chart.label', {
    list: scores.dimensions
      .map((score, index) => t('r.chart.item', { name: q.dimensions[index]?.name ?? score.id, score: score.score ?? t('r.notAssessed') }))
      .join('; '),
  });
  return (
    <section className="ma-section ma-results" id="ma-results" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} ref={headingRef}>
        {isTeamData(envelope.data) ? t('r.teamHeading') : t('r.heading')}
      </h2>
      <p className="ma-summary">{summary}</p>
      <p className="res-visually-hidden" aria-live="polite">
        {announced}
      </p>
      <div className="ma-results__grid">
        <RadarChartSlot spec={spec} label={chartLabel} />
        <ScoreTable scores={scores} />
      </div>
      <Recommendations scores={scores} plan={envelope.data.plan} onAdd={onAddStep} />
    </section>
  );
}
