import { useId, useMemo, useState } from 'react';
import type { ResultEnvelope, ToolDefinition } from '../../../lib/results/index';
import {
  addRespondents,
  DISCUSS_SPREAD,
  DISCUSS_TOP,
  MAX_RESPONDENTS,
  removeRespondent,
  respondentsOf,
  setDecision,
  teamDimensionStats,
  toDiscussFirst,
  type AuditData,
  type Decision,
  type Team,
} from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { RespondentImport } from './RespondentImport';
import { RespondentList } from './RespondentList';
import { TeamDimensionTable } from './TeamDimensionTable';
import { TeamStatementTable } from './TeamStatementTable';

interface Props {
  readonly tool: ToolDefinition<AuditData>;
  readonly team: Team;
  readonly onChange: (change: (data: AuditData) => AuditData) => void;
  readonly announce: (text: string) => void;
  /** The last import's per-file outcome, kept until dismissed. */
  readonly report: readonly string[];
  readonly onReport: (lines: readonly string[]) => void;
}

/** The facilitator's view of a team result: respondents, spreads, flags and agreed values. */
export function TeamWorkspace({ tool, team, onChange, announce, report, onReport }: Props) {
  const { q, t } = useAudit();
  const headingId = useId();
  const onlyId = useId();
  const [onlyDiscuss, setOnlyDiscuss] = useState(false);
  const stats = useMemo(() => teamDimensionStats(q, team), [q, team]);
  const toDiscuss = stats.reduce((sum, row) => sum + row.toDiscuss, 0);
  const first = toDiscussFirst(stats);
  const texts = new Map(q.dimensions.flatMap((dimension) => dimension.statements.map((statement) => [statement.id, statement.text] as const)));

  const updateTeam = (change: (team: Team) => Team | undefined): void =>
    onChange((data) => {
      if (!data.team) return data;
      const next = change(data.team);
      return next ? { ...data, team: next } : data;
    });

  const add = (envelopes: ResultEnvelope<AuditData>[]): string[] => {
    const merged = addRespondents(team, envelopes.flatMap(respondentsOf));
    updateTeam((current) => addRespondents(current, envelopes.flatMap(respondentsOf)).team);
    return [
      t('team.merged', { added: merged.added, updated: merged.updated }),
      ...merged.skipped.map((skip) => t('team.full', { name: skip.name, max: MAX_RESPONDENTS })),
    ];
  };
  const remove = (id: string, label: string): void => {
    if (team.respondents.length <= 1) return; // a team result keeps at least one respondent
    updateTeam((current) => removeRespondent(current, id));
    announce(t('team.removed', { name: label }));
  };
  const decide = (statementId: string, decision: Decision | null): void => updateTeam((current) => setDecision(current, statementId, decision));

  return (
    <section className="ma-section ma-team" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.heading')}</h2>
      <p>{t('team.isTeam', { n: team.respondents.length })}</p>
      <h3>{t('team.respondents', { n: team.respondents.length })}</h3>
      <RespondentList team={team} onRemove={team.respondents.length > 1 ? remove : undefined} />
      <div className="ma-team__add">
        <h3>{t('team.addMore')}</h3>
        <RespondentImport tool={tool} buttonLabel={t('team.importFiles')} onImported={add} announce={announce} report={report} onReport={onReport} />
      </div>
      <h3>{t('team.dims.heading')}</h3>
      <TeamDimensionTable team={team} stats={stats} />
      <h3>{t('team.statements.heading')}</h3>
      <p className="ma-discuss-count" role="status">
        <span className="ma-badge ma-badge--warn">{t('team.toDiscuss')}</span> {t('team.toDiscussCount', { n: toDiscuss })}
      </p>
      {first.length > 0 ? (
        <>
          <p className="ma-hint">{t('team.discussHelp', { spread: DISCUSS_SPREAD, top: DISCUSS_TOP })}</p>
          <ol className="ma-discuss-first">
            {first.map((row) => (
              <li key={row.id} data-statement={row.id}>
                <span className="ma-discuss-first__text">{texts.get(row.id) ?? row.id}</span>
                <br />
                <span className="ma-discuss-first__reason ma-muted">
                  {t('team.discussReason', { min: row.min ?? 0, max: row.max ?? 0, rated: row.rated, n: team.respondents.length })}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="ma-hint">{t('team.dkLegend')}</p>
      <div className="ma-check">
        <input id={onlyId} type="checkbox" checked={onlyDiscuss} onChange={(event) => setOnlyDiscuss(event.currentTarget.checked)} />
        <label htmlFor={onlyId}>{t('team.onlyDiscuss')}</label>
      </div>
      {q.dimensions.map((dimension, index) => {
        const row = stats[index];
        return row ? <TeamStatementTable key={dimension.id} dimension={dimension} team={team} stats={row} onlyDiscuss={onlyDiscuss} onDecision={decide} /> : null;
      })}
    </section>
  );
}
