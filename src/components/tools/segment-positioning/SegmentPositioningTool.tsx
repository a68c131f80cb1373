import { useCallback, useRef } from 'react';
import { spT } from '../../../i18n/tools/segment-positioning/index';
import { segmentPositioningTool } from '../../../lib/segment-positioning/index';
import { ResultsToolbar } from '../../results/ResultsToolbar';
import { ShareView } from '../../results/ShareView';
import { useResultStore } from '../../results/useResultStore';
import { useSharedResult } from '../../results/useSharedResult';
import { MatrixPanel } from './MatrixPanel';
import { MergePanel } from './MergePanel';
import type { ExportRegistry } from './PositionChart';
import { StrategyList } from './StrategyList';
import type { IslandProps } from './types';
import { Workspace } from './Workspace';
import '../../results/results.css';
import './segment-positioning.css';

/**
 * The segment-positioning tool: place customer segments on the involvement × knowledge matrix,
 * read the strategy of each zone, merge a team's placements. Saving, export, import and share
 * links all go through the results layer.
 */
export function SegmentPositioningTool({ lang, content, links }: IslandProps) {
  const session = useResultStore(segmentPositioningTool, lang);
  const { shared, close } = useSharedResult(segmentPositioningTool, lang);
  const exporters = useRef(new Map<string, () => HTMLCanvasElement>());
  const registerExport = useCallback<ExportRegistry>((key, render) => {
    if (render) exporters.current.set(key, render);
    else exporters.current.delete(key);
  }, []);
  const getChartCanvases = useCallback(() => [...exporters.current.values()].map((render) => render()), []);

  if (shared.kind !== 'none') {
    return (
      <div className="res-root sp-root">
        <ShareView
          lang={lang}
          shared={shared}
          renderResult={(envelope) => (
            <div className="sp-shared">
              <MatrixPanel lang={lang} data={envelope.data} content={content} />
              <h3>{spT(lang, 'heading.strategies')}</h3>
              <StrategyList lang={lang} data={envelope.data} content={content} links={links} level={4} />
            </div>
          )}
          onKeepCopy={session.keepCopy}
          onBack={close}
        />
      </div>
    );
  }

  return (
    <div className="res-root sp-root">
      <h2 className="sp-heading">{spT(lang, 'heading.tool')}</h2>
      <ResultsToolbar session={session} lang={lang} getChartCanvases={getChartCanvases} />
      {session.envelope ? (
        <Workspace key={session.envelope.id} lang={lang} content={content} links={links} session={session} registerExport={registerExport} />
      ) : null}
      {session.envelope ? (
        <section className="sp-section sp-section--merge" aria-labelledby="sp-merge-heading">
          <h2 id="sp-merge-heading">{spT(lang, 'heading.merge')}</h2>
          <MergePanel lang={lang} current={session.envelope} onKeep={session.addResults} registerExport={registerExport} />
        </section>
      ) : null}
    </div>
  );
}

export default SegmentPositioningTool;
