import { useMemo } from 'react';
import type { ResultEnvelope } from '../../../lib/results/index';
import { effectiveValues, isTeamData, scaleLabel, scoreAudit, statementScale, teamDimensionStats, type AuditData } from '../../../lib/maturity-audit/index';
import { ActionPlan } from './ActionPlan';
import { useAudit } from './context';
import { formatValue } from './format';
import { PrintHeader } from '../../results/PrintHeader';
import { ResultsSection } from './ResultsSection';
import { TeamDimensionTable } from './TeamDimensionTable';

/** A result opened from a share link: profile, next steps, plan and answers, nothing editable. */
export function AuditReadOnly({ envelope }: { readonly envelope: ResultEnvelope<AuditData> }) {
  const { lang, q, t } = useAudit();
  const { data } = envelope;
  const scores = useMemo(() => scoreAudit(q, effectiveValues(data)), [q, data]);
  return (
    <div className="ma-readonly">
      <PrintHeader lang={lang} envelope={envelope} />
      <ResultsSection envelope={envelope} scores={scores} />
      {isTeamData(data) ? (
        <section className="ma-section">
          <h2>{t('team.heading')}</h2>
          <TeamDimensionTable team={data.team} stats={teamDimensionStats(q, data.team)} />
        </section>
      ) : (
        <details className="ma-section ma-answers">
          <summary>{t('share.answers')}</summary>
          {q.dimensions.map((dimension) => (
            <div key={dimension.id}>
              <h3>{dimension.name}</h3>
              <dl>
                {dimension.statements.map((statement) => {
                  const answer = data.answers[statement.id];
                  return (
                    <div key={statement.id}>
                      <dt>{statement.text}</dt>
                      <dd>
                        {answer !== undefined && statementScale(statement) === 'fact'
                          ? scaleLabel(q, statement, answer.value)
                          : formatValue(answer?.value, lang, q.scale.dk, t('team.none'))}
                        {answer?.note ? ` — ${answer.note}` : null}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </div>
          ))}
        </details>
      )}
      <ActionPlan plan={data.plan} />
    </div>
  );
}
