import { dateFormat } from '../../lib/intl';
import { t, type Lang, type ResultEnvelope } from './deps';

interface Props {
  readonly lang: Lang;
  readonly envelope: ResultEnvelope<unknown>;
}

/** Title, respondent and date of a result, on paper only (on screen the toolbar holds them); one for every tool. */
export function PrintHeader({ lang, envelope }: Props) {
  const date = dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(envelope.updatedAt));
  return (
    <div className="res-print-head">
      <p className="res-print-head__title">{envelope.title.trim() || t(lang, 'ui.untitled')}</p>
      {envelope.respondent ? <p>{t(lang, 'ui.print.respondent', { name: envelope.respondent })}</p> : null}
      <p>{t(lang, 'ui.print.updated', { date })}</p>
    </div>
  );
}
