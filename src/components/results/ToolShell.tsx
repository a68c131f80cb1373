import type { ReactNode, Ref } from 'react';
import { ChartExportProvider, useChartExportRegistry } from '../charts/ChartExport';
import { ConfirmBanner } from './ConfirmBanner';
import { PrintHeader } from './PrintHeader';
import { ResultsToolbar } from './ResultsToolbar';
import { ShareView } from './ShareView';
import type { WorkshopGroupSpec } from './WorkshopGroupView';
import type { MergeImported } from './ImportControls';
import { useResultStore, type ResultSession } from './useResultStore';
import { useSharedResult } from './useSharedResult';
import type { Lang, ResultEnvelope, ToolDefinition } from './deps';
import './results.css';

/** Where a tool's read-only view is shown: the page of a share link, or workshop mode's projector. */
export type ReadOnlyPlace = 'share' | 'projector';

interface Props<TData> {
  readonly tool: ToolDefinition<TData>;
  readonly lang: Lang;
  /** The tool's root class (beside `res-root`). */
  readonly className: string;
  readonly rootRef?: Ref<HTMLDivElement> | undefined;
  /** Shown above the toolbar (a tool's heading). */
  readonly heading?: ReactNode;
  /** The tool's read-only view of a result. */
  readonly renderReadOnly: (envelope: ResultEnvelope<TData>, place: ReadOnlyPlace) => ReactNode;
  /** False when the tool places the shared PrintHeader itself (the planner's summary shows it on screen too). */
  readonly printHeader?: boolean | undefined;
  /** How workshop mode gathers a participant's answers into the group, and shows the group. */
  readonly workshopGroup?: WorkshopGroupSpec<TData> | undefined;
  /** The tool's team merge, offered when several of its files are imported at once. */
  readonly mergeImported?: MergeImported<TData> | undefined;
  /** The tool's sections, once a result is open. */
  readonly children: (session: ResultSession<TData>, envelope: ResultEnvelope<TData>) => ReactNode;
}

/**
 * What every tool is mounted in: the session over its saved results, the share-link view, the
 * toolbar (title, save status, export, import, share, workshop mode, saved results and the one live
 * region of the tool), the question before unsaved edits are discarded, and the print header. A tool
 * brings its definition, its read-only view and its sections.
 */
export function ToolShell<TData>({ tool, lang, className, rootRef, heading, renderReadOnly, printHeader = true, workshopGroup, mergeImported, children }: Props<TData>) {
  const session = useResultStore(tool, lang);
  const { shared, close } = useSharedResult(tool, lang);
  const { envelope } = session;
  // The charts below offer their PNG images here (useChartExport); the toolbar exports them.
  const charts = useChartExportRegistry();

  if (shared.kind !== 'none') {
    return (
      <div className={`res-root ${className}`} ref={rootRef}>
        <ShareView lang={lang} shared={shared} renderResult={(result) => renderReadOnly(result, 'share')} onKeepCopy={session.keepCopy} onBack={close} />
      </div>
    );
  }

  return (
    <ChartExportProvider registry={charts}>
    <div className={`res-root ${className}`} ref={rootRef}>
      {heading}
      <ResultsToolbar
        session={session}
        lang={lang}
        getChartCanvases={charts.images}
        renderProjector={(result) => renderReadOnly(result, 'projector')}
        workshopGroup={workshopGroup}
        mergeImported={mergeImported}
      />
      {session.pending ? (
        <ConfirmBanner lang={lang} seq={session.pending.seq} onConfirm={session.confirmPending} onCancel={session.cancelPending} />
      ) : null}
      {envelope ? (
        <>
          {printHeader ? <PrintHeader lang={lang} envelope={envelope} tool={tool} /> : null}
          {children(session, envelope)}
        </>
      ) : null}
    </div>
    </ChartExportProvider>
  );
}
