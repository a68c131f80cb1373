import { useEffect, useRef, type ReactNode } from 'react';
import { ConflictBanner } from './ConflictBanner';
import { ExportMenu } from './ExportMenu';
import { ImportControls } from './ImportControls';
import { SavedResultsList } from './SavedResultsList';
import { SaveStatus } from './SaveStatus';
import { TitleFields } from './TitleFields';
import { WorkshopControls } from './WorkshopControls';
import type { WorkshopGroupSpec } from './WorkshopGroupView';
import { useWorkshopMode } from './useWorkshopMode';
import { t, type Lang, type ResultEnvelope } from './deps';
import type { ResultSession } from './useResultStore';

interface Props<TData> {
  readonly session: ResultSession<TData>;
  readonly lang: Lang;
  /** Canvases of the tool's charts, offered as PNG exports. */
  readonly getChartCanvases?: (() => HTMLCanvasElement[] | Promise<HTMLCanvasElement[]>) | undefined;
  /** The tool's read-only result view, shown large in workshop mode's projector view. */
  readonly renderProjector?: ((envelope: ResultEnvelope<TData>) => ReactNode) | undefined;
  /** How the tool collects a workshop's group (see WorkshopControls). */
  readonly workshopGroup?: WorkshopGroupSpec<TData> | undefined;
}

const noop = (): void => undefined;

/** Everything around a result: title, save status, export, import, workshop mode and the saved results. */
export function ResultsToolbar<TData>({ session, lang, getChartCanvases, renderProjector, workshopGroup }: Props<TData>) {
  const { envelope, saveState, persistence, announce } = session;
  const [workshop, setWorkshop] = useWorkshopMode();

  // Announce problems once when they appear, not every "saving… saved" cycle.
  const problemRef = useRef<string | null>(null);
  useEffect(() => {
    const problem =
      saveState === 'conflict'
        ? null // the conflict banner is an alert of its own
        : !persistence.persistent && saveState !== 'loading'
          ? t(lang, persistence.reason === 'quota' ? 'ui.status.quota' : 'ui.status.unavailable')
          : null;
    if (problem && problem !== problemRef.current) announce(problem);
    // Storage works again: replace the "not saved" notice, which would otherwise stay under "Saved".
    else if (!problem && problemRef.current && persistence.persistent && saveState === 'saved') announce(t(lang, 'ui.status.recovered'));
    problemRef.current = problem;
  }, [announce, lang, persistence, saveState]);

  return (
    <section className="res-toolbar" aria-label={t(lang, 'ui.toolbar.label')}>
      {envelope ? (
        <TitleFields
          lang={lang}
          title={envelope.title}
          respondent={envelope.respondent ?? ''}
          onTitle={(title) => session.update((current) => ({ ...current, title }))}
          onRespondent={(respondent) =>
            session.update((current) => ({ ...current, respondent: respondent === '' ? undefined : respondent }))
          }
        />
      ) : (
        <TitleFields lang={lang} title="" respondent="" onTitle={noop} onRespondent={noop} disabled />
      )}
      <SaveStatus state={saveState} persistence={persistence} lang={lang} />
      {session.conflict ? (
        <ConflictBanner lang={lang} onReloadTheirs={session.reloadTheirs} onKeepMine={session.keepMine} />
      ) : null}
      <div className="res-actions">
        {envelope ? (
          <ExportMenu
            lang={lang}
            tool={session.tool}
            envelope={envelope}
            announce={announce}
            getChartCanvases={getChartCanvases}
          />
        ) : null}
        <ImportControls lang={lang} tool={session.tool} onResults={session.addResults} announce={announce} />
      </div>
      <p className="res-live" role="status" aria-live="polite">
        {session.notice ? <span key={session.notice.seq}>{session.notice.text}</span> : null}
      </p>
      <WorkshopControls lang={lang} session={session} since={workshop} onChange={setWorkshop} renderProjector={renderProjector} group={workshopGroup} />
      {workshop !== null ? null : <SavedResultsList lang={lang} session={session} />}
    </section>
  );
}
