import { respondentLabel, type Team } from '../../../lib/maturity-audit/index';
import { useAudit } from './context';

/** The team's respondents, each removable. */
export function RespondentList({ team, onRemove }: { readonly team: Team; readonly onRemove?: ((id: string, label: string) => void) | undefined }) {
  const { t } = useAudit();
  const anonymous = (n: number): string => t('team.anonymous', { n });
  return (
    <ul className="ma-respondents">
      {team.respondents.map((respondent, index) => {
        const label = respondentLabel(respondent, index, anonymous);
        const answered = Object.keys(respondent.answers).length;
        return (
          <li key={respondent.id} data-respondent={respondent.id}>
            <span className="ma-respondents__name">{label}</span> <span className="ma-muted">({answered})</span>
            {onRemove ? (
              <button type="button" className="res-button res-button--danger" aria-label={t('team.removeLabel', { name: label })} onClick={() => onRemove(respondent.id, label)}>
                {t('team.remove')}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
