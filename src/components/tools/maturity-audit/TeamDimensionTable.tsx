import { useId } from 'react';
import type { Team, TeamDimensionStats } from '../../../lib/maturity-audit/index';
import { respondentLabel, TOO_FEW } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

interface Props {
  readonly team: Team;
  readonly stats: readonly TeamDimensionStats[];
}

/** Per dimension: each respondent's score, their mean and min–max, and the team score. */
export function TeamDimensionTable({ team, stats }: Props) {
  const { q, t } = useAudit();
  const helpId = useId();
  const anonymous = (n: number): string => t('team.anonymous', { n });
  const dash = t('team.none');
  return (
    <>
      <ul id={helpId} className="ma-hint ma-team-help">
        <li>{t('team.meanHelp')}</li>
        <li>{t('team.teamScoreHelp')}</li>
        <li>{t('team.tooFewHelp')}</li>
      </ul>
      <div className="ma-table-wrap" role="region" aria-label={t('team.scroll', { name: t('team.dims.caption') })} tabIndex={0}>
        <table className="ma-table ma-team-dims" aria-describedby={helpId}>
          <caption>{t('team.dims.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('r.table.dimension')}</th>
              {team.respondents.map((respondent, index) => (
                <th scope="col" key={respondent.id}>
                  {respondentLabel(respondent, index, anonymous)}
                </th>
              ))}
              <th scope="col">{t('team.mean')}</th>
              <th scope="col">{t('team.range')}</th>
              <th scope="col">{t('team.teamScore')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((row, index) => (
              <tr key={row.id} data-dimension={row.id}>
                <th scope="row">
                  {index + 1}. {q.dimensions[index]?.name ?? row.id}
                </th>
                {row.respondentScores.map((score, column) => (
                  <td className={score === TOO_FEW ? 'ma-too-few' : 'ma-num'} key={team.respondents[column]?.id ?? column}>
                    {score === TOO_FEW ? t('team.tooFew') : (score ?? dash)}
                  </td>
                ))}
                <td className="ma-num">{row.mean ?? dash}</td>
                <td className="ma-num">{row.min === null || row.max === null ? dash : `${row.min}–${row.max}`}</td>
                <td className="ma-num">
                  <strong>{row.team.score ?? dash}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
