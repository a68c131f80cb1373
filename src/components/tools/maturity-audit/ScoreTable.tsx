import type { AuditScores } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

/** Below this coverage (rated ÷ statements) a score is marked as resting on little. */
export const LOW_COVERAGE = 0.5;

/** The same data as the radar, as a table: score, stage and coverage per dimension, then overall. */
export function ScoreTable({ scores }: { readonly scores: AuditScores }) {
  const { q, t } = useAudit();
  const stageName = (stage: keyof typeof q.stages | null): string => (stage === null ? '—' : q.stages[stage].name);
  return (
    <div className="ma-table-wrap" role="region" aria-label={t('r.table.caption')} tabIndex={0}>
      <table className="ma-table ma-scores">
        <caption>{t('r.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('r.table.dimension')}</th>
            <th scope="col">{t('r.table.score')}</th>
            <th scope="col" className="ma-col-stage">
              {t('r.table.stage')}
            </th>
            <th scope="col">{t('r.table.coverage')}</th>
          </tr>
        </thead>
        <tbody>
          {scores.dimensions.map((score, index) => {
            const dimension = q.dimensions[index];
            if (!dimension) return null;
            const weakest = scores.weakest?.id === score.id;
            return (
              <tr key={score.id} className={weakest ? 'ma-row--weakest' : undefined} data-dimension={score.id}>
                <th scope="row">
                  {index + 1}. {dimension.name}
                  {weakest ? <span className="ma-badge ma-badge--warn">{t('r.table.weakest')}</span> : null}
                </th>
                <td className="ma-num" data-score>
                  {score.score ?? <span className="ma-muted">{t('r.notAssessed')}</span>}
                  {score.stage ? <span className="ma-sub ma-stage-inline">{stageName(score.stage)}</span> : null}
                </td>
                <td className="ma-col-stage">{stageName(score.stage)}</td>
                <td>
                  {t('r.table.coverageValue', { rated: score.rated, total: score.total })}
                  {score.dontKnow > 0 ? <span className="ma-sub">{t('r.table.dk', { n: score.dontKnow })}</span> : null}
                  {score.unanswered > 0 ? <span className="ma-sub">{t('r.table.unanswered', { n: score.unanswered })}</span> : null}
                  {score.score !== null && score.coverage < LOW_COVERAGE ? (
                    <span className="ma-badge">{t('r.table.lowCoverage')}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr data-dimension="overall">
            <th scope="row">{t('r.table.overall', { n: scores.assessed })}</th>
            <td className="ma-num" data-score>
              {scores.overall ?? <span className="ma-muted">{t('r.notAssessed')}</span>}
              {scores.overallStage ? <span className="ma-sub ma-stage-inline">{stageName(scores.overallStage)}</span> : null}
            </td>
            <td className="ma-col-stage">{stageName(scores.overallStage)}</td>
            <td>{t('r.table.coverageValue', { rated: scores.answeredStatements - scores.dontKnowStatements, total: scores.totalStatements })}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
