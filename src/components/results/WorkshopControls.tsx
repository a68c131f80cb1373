import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MAX_GROUP_MEMBERS, randomResultId, t, type Lang, type ResultEnvelope } from './deps';
import type { ResultSession } from './useResultStore';
import { useWorkshopGroup } from './useWorkshopGroup';
import type { WorkshopGroupSpec } from './WorkshopGroupView';

/** The group view loads only where a workshop runs: a first visit of a tool does not pay for it. */
const WorkshopGroupView = lazy(() =>
  import('./WorkshopGroupView').then((module) => ({ default: module.WorkshopGroupView })),
) as unknown as typeof import('./WorkshopGroupView').WorkshopGroupView; // lazy() drops the type parameter

interface Props<TData> {
  readonly lang: Lang;
  readonly session: ResultSession<TData>;
  /** When the workshop started (ISO), or null when workshop mode is off. */
  readonly since: string | null;
  readonly onChange: (on: boolean) => void;
  /** The tool's read-only result view, for the projector (given an envelope without names). */
  readonly renderProjector?: ((envelope: ResultEnvelope<TData>) => ReactNode) | undefined;
  /** The tool's part in collecting a group: "next participant" then adds the answers to it, anonymously. */
  readonly group?: WorkshopGroupSpec<TData> | undefined;
}

/** The envelope as the projector shows it: no title, no respondent. */
function withoutNames<TData>(envelope: ResultEnvelope<TData>): ResultEnvelope<TData> {
  return { ...envelope, title: '', respondent: undefined };
}

/**
 * Workshop mode: a switch, "next participant" (adds the answers to the group unless the participant
 * opts out, then clears the open result for good, after a confirmation), a large projector view of
 * the result without names, in a modal dialog, and the group's own view.
 */
export function WorkshopControls<TData>({ lang, session, since, onChange, renderProjector, group: spec }: Props<TData>) {
  const on = since !== null;
  const hintId = useId();
  const optOutId = useId();
  const group = useWorkshopGroup(session.tool);
  const [optOut, setOptOut] = useState(false);
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
    if (!since || !window.confirm(t(lang, 'ui.workshop.confirm'))) return;
    // Into the group first (unless the participant opted out), then cleared for good.
    const member = spec && session.envelope ? spec.member(session.envelope.data) : null;
    const added = member && !optOut ? group.add(member, randomResultId()) : null;
    session.nextParticipant(since);
    setOptOut(false);
    if (spec && member) {
      const said = !added
        ? t(lang, 'ui.workshop.leftOut')
        : added.ok
          ? t(lang, 'ui.workshop.added', { n: added.group.members.length })
          : t(lang, 'ui.workshop.groupFull', { max: MAX_GROUP_MEMBERS });
      session.announce(`${said} ${t(lang, 'ui.workshop.cleared')}`);
    }
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
            {spec ? (
              <Suspense fallback={null}>
                <WorkshopGroupView lang={lang} tool={session.tool} spec={spec} group={group} />
              </Suspense>
            ) : null}
          </>
        ) : null}
      </div>
      {on && spec ? (
        <div className="res-check res-workshop__opt-out">
          <input id={optOutId} type="checkbox" checked={optOut} aria-describedby={`${optOutId}-hint`} onChange={(event) => setOptOut(event.currentTarget.checked)} />
          <label htmlFor={optOutId}>{t(lang, 'ui.workshop.optOut')}</label>
          <p id={`${optOutId}-hint`} className="res-hint">
            {t(lang, 'ui.workshop.optOutHint')}
          </p>
        </div>
      ) : null}
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
