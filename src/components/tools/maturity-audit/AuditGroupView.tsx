import { useMemo } from 'react';
import type { GroupMember } from '../../../lib/results/index';
import {
  answerDistribution,
  groupAsTeam,
  SCALE_VALUES,
  scaleLabel,
  statementScale,
  teamDimensionStats,
  type AuditData,
} from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

interface Props {
  readonly members: readonly GroupMember<AuditData>[];
}

/**
 * A workshop group on the projector: per dimension the mean of the participants' scores and their
 * spread, then per statement how many gave each answer. Anonymous: no participant is named or listed.
 */
export function AuditGroupView({ members }: Props) {
  const { q, t } = useAudit();
  const team = useMemo(() => groupAsTeam(members), [members]);
  const stats = useMemo(() => (team ? teamDimensionStats(q, team) : []), [q, team]);
  if (!team) return null;
  const dash = t('team.none');
  return (
    <div className="ma-group">
      <h3>{t('group.heading')}</h3>
      <p className="ma-hint">{t('team.meanHelp')}</p>
      <table className="ma-table ma-group-dims">
        <caption>{t('group.dims.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('r.table.dimension')}</th>
            <th scope="col">{t('team.mean')}</th>
            <th scope="col">{t('team.range')}</th>
            <th scope="col">{t('group.scored')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((row, index) => (
            <tr key={row.id} data-dimension={row.id}>
              <th scope="row">{q.dimensions[index]?.name ?? row.id}</th>
              <td className="ma-num">{row.mean ?? dash}</td>
              <td className="ma-num">{row.min === null || row.max === null ? dash : `${row.min}–${row.max}`}</td>
              <td className="ma-num">{row.respondentScores.filter((score) => typeof score === 'number').length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {q.dimensions.map((dimension, index) => (
        <table key={dimension.id} className="ma-table ma-group-statements">
          <caption>{t('group.statements.caption', { name: dimension.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.statement')}</th>
              <th scope="col">{t('group.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {dimension.statements.map((statement) => {
              const row = stats[index]?.statements.find((candidate) => candidate.id === statement.id);
              const spread = answerDistribution(row?.values ?? []);
              const counts = [
                ...SCALE_VALUES[statementScale(statement)].map((value) => ({ label: scaleLabel(q, statement, value), n: spread.counts[value] ?? 0 })),
                { label: scaleLabel(q, statement, 'dk'), n: spread.dontKnow },
                { label: t('group.unanswered'), n: spread.unanswered },
              ];
              return (
                <tr key={statement.id} data-statement={statement.id}>
                  <th scope="row">{statement.text}</th>
                  <td>
                    <ul className="res-group__counts">
                      {counts.map((count) => (
                        <li key={count.label} data-count={count.n}>
                          {t('group.count', count)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
