import type { ReactNode } from 'react';
import { dateFormat } from '../../lib/intl';
import { PrintShareQr } from './PrintShareQr';
import { t, type Lang, type ResultEnvelope, type ToolDefinition } from './deps';

interface Props<TData> {
  readonly lang: Lang;
  readonly envelope: ResultEnvelope<TData>;
  /** With the tool, the printout carries a QR code of the result's share link. */
  readonly tool?: ToolDefinition<TData> | undefined;
  /** A tool's own class, when it also shows the header on screen (the planner's summary). */
  readonly className?: string | undefined;
  /** A line above the title (the tool's name). */
  readonly lead?: ReactNode;
  /** Lines below the date. */
  readonly children?: ReactNode;
}

/** Title, respondent and date of a result, and its share link as a QR code, on paper only (on screen the toolbar holds them); one for every tool. */
export function PrintHeader<TData>({ lang, envelope, tool, className, lead, children }: Props<TData>) {
  const date = dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(envelope.updatedAt));
  return (
    <div className={className ? `res-print-head ${className}` : 'res-print-head'}>
      {tool ? <PrintShareQr lang={lang} envelope={envelope} tool={tool} /> : null}
      {lead}
      <p className="res-print-head__title">{envelope.title.trim() || t(lang, 'ui.untitled')}</p>
      {envelope.respondent ? <p>{t(lang, 'ui.print.respondent', { name: envelope.respondent })}</p> : null}
      <p>{t(lang, 'ui.print.updated', { date })}</p>
      {children}
    </div>
  );
}
