import { useId } from 'react';
import {
  answerValueSchema,
  DONT_KNOW,
  findStatement,
  REASON_MAX_LENGTH,
  respondentLabel,
  SCALE_VALUES,
  scaleLabel,
  statementScale,
  type AnswerValue,
  type Decision,
  type Dimension,
  type Team,
  type TeamDimensionStats,
} from '../../../lib/maturity-audit/index';
import { useAudit } from './context';
import { formatNumber, formatValue } from './format';

interface Props {
  readonly dimension: Dimension;
  readonly team: Team;
  readonly stats: TeamDimensionStats;
  readonly onlyDiscuss: boolean;
  /** Absent in read-only views. */
  readonly onDecision?: ((statementId: string, decision: Decision | null) => void) | undefined;
}


/** One dimension's statements: every respondent's answer, mean, min–max, the flag, and the agreed value. */
export function TeamStatementTable({ dimension, team, stats, onlyDiscuss, onDecision }: Props) {
  const { lang, t } = useAudit();
  const id = useId();
  const anonymous = (n: number): string => t('team.anonymous', { n });
  const dash = t('team.none');
  const dk = t('team.dkShort');
  const rows = stats.statements.filter((row) => !onlyDiscuss || row.toDiscuss);
  const caption = t('team.statements.caption', { name: dimension.name });
  const texts = new Map(dimension.statements.map((statement) => [statement.id, statement.text] as const));

  return (
    <div className={`ma-team-dimension${stats.toDiscuss === 0 ? ' ma-team-dimension--calm' : ''}`} data-dimension={dimension.id}>
      {rows.length === 0 ? (
        <p className="ma-muted">
          <strong>{dimension.name}</strong> — {t('team.noDiscuss')}
        </p>
      ) : (
        <div className="ma-table-wrap" role="region" aria-label={t('team.scroll', { name: caption })} tabIndex={0}>
          <table className="ma-table ma-team-statements">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.statement')}</th>
                {team.respondents.map((respondent, index) => (
                  <th scope="col" key={respondent.id}>
                    {respondentLabel(respondent, index, anonymous)}
                  </th>
                ))}
                <th scope="col">{t('team.mean')}</th>
                <th scope="col">{t('team.range')}</th>
                <th scope="col">{t('team.agreed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const notes = team.respondents.flatMap((respondent, index) => {
                  const note = respondent.answers[row.id]?.note;
                  return note ? [`${respondentLabel(respondent, index, anonymous)}${lang === 'fr' ? '\u00a0: ' : ': '}${note}`] : [];
                });
                return (
                  <tr key={row.id} data-statement={row.id} className={row.toDiscuss ? 'ma-row--discuss' : undefined}>
                    <th scope="row" className="ma-team-statements__text">
                      {texts.get(row.id)}
                      {row.toDiscuss ? <span className="ma-badge ma-badge--warn ma-flag">{t('team.toDiscuss')}</span> : null}
                      {notes.length > 0 ? (
                        <details className="ma-notes">
                          <summary>
                            {t('team.notes')} ({notes.length})
                          </summary>
                          <ul>
                            {notes.map((note, index) => (
                              <li key={index}>{note}</li>
                            ))}
                          </ul>
                        </details>
                      ) : null}
                    </th>
                    {row.values.map((value, column) => (
                      <td className="ma-num" key={team.respondents[column]?.id ?? column}>
                        {formatValue(value, lang, dk, dash)}
                      </td>
                    ))}
                    <td className="ma-num">{row.mean === null ? dash : formatNumber(row.mean, lang)}</td>
                    <td className="ma-num">{row.min === null || row.max === null ? dash : `${row.min}–${row.max}`}</td>
                    <td className="ma-decision">
                      {onDecision ? (
                        <>
                          <DecisionFields statementId={row.id} statementText={texts.get(row.id) ?? ''} decision={row.decision} onDecision={onDecision} baseId={`${id}-${row.id}`} />
                          {row.decision ? (
                            <span className="ma-print-only">
                              {formatValue(row.decision.value, lang, dk, dash)}
                              {row.decision.reason ? ` — ${row.decision.reason}` : ''}
                            </span>
                          ) : null}
                        </>
                      ) : row.decision ? (
                        `${formatValue(row.decision.value, lang, dk, dash)}${row.decision.reason ? ` — ${row.decision.reason}` : ''}`
                      ) : (
                        t('team.noDecision')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** The agreed value of one statement and its reason (the reason waits for a value). */
function DecisionFields({
  statementId,
  statementText,
  decision,
  onDecision: decide,
  baseId,
}: {
  readonly statementId: string;
  readonly statementText: string;
  readonly decision: Decision | undefined;
  readonly onDecision: (statementId: string, decision: Decision | null) => void;
  readonly baseId: string;
}) {
  const { q, t } = useAudit();
  const statement = findStatement(q, statementId) ?? {};
  const options: readonly AnswerValue[] = [...SCALE_VALUES[statementScale(statement)], DONT_KNOW];
  return (
    <div className="ma-decision__fields">
      <label className="res-visually-hidden" htmlFor={`${baseId}-value`}>
        {t('team.agreedFor', { text: statementText })}
      </label>
      <select
        id={`${baseId}-value`}
        value={decision === undefined ? '' : String(decision.value)}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          const parsed = answerValueSchema.safeParse(raw === DONT_KNOW ? raw : Number(raw));
          if (raw === '' || !parsed.success) decide(statementId, null);
          else decide(statementId, { value: parsed.data, reason: decision?.reason ?? '' });
        }}
      >
        <option value="">{t('team.noDecision')}</option>
        {options.map((value) => (
          <option key={value} value={String(value)}>
            {value === DONT_KNOW ? q.scale.dk : `${value} — ${scaleLabel(q, statement, value)}`}
          </option>
        ))}
      </select>
      <label className="res-visually-hidden" htmlFor={`${baseId}-reason`}>
        {t('team.reasonFor', { text: statementText })}
      </label>
      <input
        id={`${baseId}-reason`}
        type="text"
        placeholder={t('team.reason')}
        maxLength={REASON_MAX_LENGTH}
        disabled={decision === undefined}
        value={decision?.reason ?? ''}
        onChange={(event) => {
          if (decision) decide(statementId, { ...decision, reason: event.currentTarget.value });
        }}
      />
    </div>
  );
}
