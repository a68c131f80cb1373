import { spT } from '../../../i18n/tools/segment-positioning/index';
import type { ResultEnvelope } from '../../../lib/results/index';
import type { Lang } from '../../../lib/i18n-core';
import { dateFormat } from '../../../lib/intl';

interface Props {
  readonly lang: Lang;
  readonly envelope: ResultEnvelope<unknown>;
}

/** Title, respondent and date of the result: shown on paper only. */
export function PrintHeader({ lang, envelope }: Props) {
  const date = dateFormat(lang, { dateStyle: 'long' }).format(new Date(envelope.updatedAt));
  return (
    <div className="sp-print-head">
      {envelope.title.trim() ? <p className="sp-print-head__title">{envelope.title}</p> : null}
      {envelope.respondent ? <p>{spT(lang, 'print.respondent', { respondent: envelope.respondent })}</p> : null}
      <p>{spT(lang, 'print.updated', { date })}</p>
    </div>
  );
}
