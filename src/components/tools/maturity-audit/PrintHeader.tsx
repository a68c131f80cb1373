import type { ResultEnvelope } from '../../../lib/results/index';
import type { AuditData } from '../../../lib/maturity-audit/index';
import { t as resultsT } from '../../../lib/results/index';
import { useAudit } from './context';
import { dateFormat } from '../../../lib/intl';

/** Title, respondent and date of the result, shown on paper only (the toolbar holds them on screen). */
export function PrintHeader({ envelope }: { readonly envelope: ResultEnvelope<AuditData> }) {
  const { lang, t } = useAudit();
  const date = dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(envelope.updatedAt));
  return (
    <div className="ma-print-only ma-print-head">
      <p className="ma-print-head__title">{envelope.title.trim() || resultsT(lang, 'ui.untitled')}</p>
      {envelope.respondent ? <p>{t('r.print.respondent', { name: envelope.respondent })}</p> : null}
      <p>{t('r.print.updated', { date })}</p>
    </div>
  );
}
