import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ConflictBanner } from './ConflictBanner';
import { ExportMenu } from './ExportMenu';
import { ImportControls, ImportMessages, useFileImport, type MergeImported } from './ImportControls';
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
  /** The tool's team merge, offered when several of its files are imported at once (none: they open separately). */
  readonly mergeImported?: MergeImported<TData> | undefined;
}

type Panel = 'saved' | 'workshop';

const noop = (): void => undefined;

/**
 * Everything around a result, in one compact bar above the tool so the work comes first: title,
 * save status, export, import, a new result, and two panels one click away (the saved results,
 * workshop mode). Results files dropped anywhere on the bar are imported.
 */
export function ResultsToolbar<TData>({ session, lang, getChartCanvases, renderProjector, workshopGroup, mergeImported }: Props<TData>) {
  const { envelope, saveState, persistence, announce } = session;
  const [workshop, setWorkshop] = useWorkshopMode();
  const [panel, setPanel] = useState<Panel | null>(null);
  const panelId = useId();
  const buttons = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  const importer = useFileImport({ lang, tool: session.tool, onResults: session.addResults, announce, mergeImported });
  // While workshop mode is on its controls stay in view (next participant, projector); the saved
  // results are hidden then.
  const shown: Panel | null = workshop !== null ? 'workshop' : panel;

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

  const toggle = (which: Panel): void => setPanel((open) => (open === which ? null : which));
  /** Escape closes the open panel and puts focus back on its button. */
  const onPanelKey = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || shown === null || workshop !== null) return;
    event.preventDefault();
    setPanel(null);
    buttons.current[shown]?.focus();
  };
  const disclosure = (which: Panel, label: string): ReactNode => (
    <button
      type="button"
      ref={(element) => {
        buttons.current[which] = element;
      }}
      className="res-button res-disclosure"
      aria-expanded={shown === which}
      aria-controls={shown === which ? `${panelId}-${which}` : undefined}
      onClick={() => toggle(which)}
      onKeyDown={onPanelKey}
    >
      {label}
    </button>
  );

  return (
    <section
      className={`res-toolbar${importer.dragging ? ' res-toolbar--drop' : ''}`}
      aria-label={t(lang, 'ui.toolbar.label')}
      {...importer.dropTarget}
    >
      <div className="res-toolbar__head">
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
      </div>
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
        <ImportControls lang={lang} importer={importer} />
        {workshop !== null ? null : (
          <>
            <button type="button" className="res-button" onClick={session.createNew}>
              {t(lang, 'ui.list.new')}
            </button>
            {disclosure('saved', t(lang, 'ui.toolbar.saved', { count: session.results.length }))}
          </>
        )}
        {disclosure('workshop', t(lang, 'ui.toolbar.workshop'))}
        <p className="res-hint res-toolbar__drop">{t(lang, importer.dragging ? 'ui.import.dropActive' : 'ui.import.drop')}</p>
      </div>
      <ImportMessages lang={lang} importer={importer} />
      <p className="res-live" role="status" aria-live="polite">
        {session.notice ? <span key={session.notice.seq}>{session.notice.text}</span> : null}
      </p>
      {shown === 'saved' ? (
        <div id={`${panelId}-saved`} className="res-panel" onKeyDown={onPanelKey}>
          <SavedResultsList lang={lang} session={session} />
        </div>
      ) : null}
      {shown === 'workshop' ? (
        <div id={`${panelId}-workshop`} className="res-panel" onKeyDown={onPanelKey}>
          <WorkshopControls
            lang={lang}
            session={session}
            since={workshop}
            onChange={(on) => {
              setWorkshop(on);
              setPanel('workshop'); // switched off, its panel stays open: the switch keeps focus
            }}
            renderProjector={renderProjector}
            group={workshopGroup}
          />
        </div>
      ) : null}
    </section>
  );
}
