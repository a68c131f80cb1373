import { useId, useState, type ReactNode } from 'react';
import { t, type Lang, type ResultEnvelope } from './deps';
import type { SharedResult } from './useSharedResult';
import { useWorkshopMode } from './useWorkshopMode';
import { QrCode } from './QrCode';
import { SHARE_QR } from './PrintShareQr';

interface Props<TData> {
  readonly lang: Lang;
  readonly shared: SharedResult<TData>;
  /** Read-only rendering of the shared result, supplied by the tool. */
  readonly renderResult: (envelope: ResultEnvelope<TData>) => ReactNode;
  /** Saves the shared result as a new result of the reader (never over their own work); `open` makes it the open result. */
  readonly onKeepCopy: (envelope: ResultEnvelope<TData>, options?: { readonly open?: boolean }) => ResultEnvelope<TData> | null;
  readonly onBack: () => void;
}

/** Banner and read-only view of a result opened from a share link. */
export function ShareView<TData>({ lang, shared, renderResult, onKeepCopy, onBack }: Props<TData>) {
  const headingId = useId();
  const [kept, setKept] = useState<string | null>(null);
  const [workshop] = useWorkshopMode();
  if (shared.kind === 'none') return null;

  return (
    <section className="res-share" aria-labelledby={headingId}>
      <div className="res-banner res-banner--info">
        <h2 id={headingId} className="res-share__heading">
          {t(lang, 'ui.shareView.heading')}
        </h2>
        {shared.kind === 'loading' ? <p role="status">{t(lang, 'ui.shareView.loading')}</p> : null}
        {shared.kind === 'error' ? (
          <div role="alert">
            <p>{t(lang, 'ui.shareView.error')}</p>
            <p>{shared.message}</p>
          </div>
        ) : null}
        {shared.kind === 'ready' ? (
          <>
            <p className="res-share__title">{shared.envelope.title.trim() || t(lang, 'ui.untitled')}</p>
            {shared.envelope.respondent ? (
              <p>{t(lang, 'ui.shareView.respondent', { respondent: shared.envelope.respondent })}</p>
            ) : null}
          </>
        ) : null}
        <div className="res-actions">
          {shared.kind === 'ready' ? (
            <button
              type="button"
              className="res-button res-button--primary"
              disabled={kept !== null}
              onClick={() => {
                // The copy becomes the open result: leaving the shared view leads to it (also in workshop
                // mode, where the saved results are hidden and it could not be reached otherwise).
                const saved = onKeepCopy(shared.envelope, { open: true });
                if (saved) setKept(t(lang, 'ui.shareView.kept', { title: saved.title.trim() || t(lang, 'ui.untitled') }));
              }}
            >
              {t(lang, 'ui.shareView.keepCopy')}
            </button>
          ) : null}
          <button type="button" className={kept === null ? 'res-button' : 'res-button res-button--primary'} onClick={onBack}>
            {t(lang, kept === null ? 'ui.shareView.back' : 'ui.shareView.openCopy')}
          </button>
        </div>
        <p className="res-live" role="status" aria-live="polite">
          {kept}
        </p>
        {/* In a workshop, the projected scenario carries its own address for the participants' phones. */}
        {workshop !== null && shared.kind === 'ready' ? <QrCode url={window.location.href} caption={t(lang, 'ui.workshop.joinScenario')} options={SHARE_QR} /> : null}
      </div>
      {shared.kind === 'ready' ? <div className="res-share__body">{renderResult(shared.envelope)}</div> : null}
    </section>
  );
}
