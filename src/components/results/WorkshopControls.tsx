import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t, type Lang, type ResultEnvelope } from './deps';
import type { ResultSession } from './useResultStore';

interface Props<TData> {
  readonly lang: Lang;
  readonly session: ResultSession<TData>;
  /** When the workshop started (ISO), or null when workshop mode is off. */
  readonly since: string | null;
  readonly onChange: (on: boolean) => void;
  /** The tool's read-only result view, for the projector (given an envelope without names). */
  readonly renderProjector?: ((envelope: ResultEnvelope<TData>) => ReactNode) | undefined;
}

/** The envelope as the projector shows it: no title, no respondent. */
function withoutNames<TData>(envelope: ResultEnvelope<TData>): ResultEnvelope<TData> {
  return { ...envelope, title: '', respondent: undefined };
}

/**
 * Workshop mode: a switch, "next participant" (clears the open result for good, after a
 * confirmation) and a large projector view of the result without names, in a modal dialog.
 */
export function WorkshopControls<TData>({ lang, session, since, onChange, renderProjector }: Props<TData>) {
  const on = since !== null;
  const hintId = useId();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [projecting, setProjecting] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (projecting && !dialog.open) dialog.showModal();
    if (!projecting && dialog.open) dialog.close();
  }, [projecting]);

  const toggle = (): void => {
    const next = !on;
    onChange(next);
    // Entering workshop mode never shows the last person's work: start from a blank result.
    if (next) session.createNew();
    session.announce(t(lang, next ? 'ui.workshop.on' : 'ui.workshop.off'));
  };

  const next = (): void => {
    if (since && window.confirm(t(lang, 'ui.workshop.confirm'))) session.nextParticipant(since);
  };

  return (
    <div className="res-workshop" data-workshop={on ? 'on' : 'off'}>
      <div className="res-workshop__row">
        <button type="button" className="res-button" aria-pressed={on} aria-describedby={hintId} onClick={toggle}>
          {t(lang, 'ui.workshop.toggle')}
        </button>
        {on ? (
          <>
            <button type="button" className="res-button res-button--danger" onClick={next}>
              {t(lang, 'ui.workshop.next')}
            </button>
            {renderProjector && session.envelope ? (
              <button type="button" className="res-button" onClick={() => setProjecting(true)}>
                {t(lang, 'ui.workshop.project')}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      <p id={hintId} className="res-hint">
        {t(lang, 'ui.workshop.hint')}
      </p>
      {renderProjector ? (
        <dialog ref={dialogRef} className="res-projector" aria-labelledby={titleId} onClose={() => setProjecting(false)}>
          <div className="res-projector__head">
            <h2 id={titleId}>{t(lang, 'ui.workshop.projectTitle')}</h2>
            <button type="button" className="res-button" onClick={() => setProjecting(false)}>
              {t(lang, 'ui.workshop.close')}
            </button>
          </div>
          {projecting && session.envelope ? <div className="res-projector__body">{renderProjector(withoutNames(session.envelope))}</div> : null}
        </dialog>
      ) : null}
    </div>
  );
}
