import { useCallback, useRef } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import type { SegmentPositioningData } from '../../../lib/segment-positioning/index';
import type { ResultEnvelope } from '../../../lib/results/envelope';
import { ResultsToolbar } from '../../results/ResultsToolbar';
import { ShareView } from '../../results/ShareView';
import { useResultStore } from '../../results/useResultStore';
import { useSharedResult } from '../../results/useSharedResult';
import { MatrixPanel } from './MatrixPanel';
import { MergePanel } from './MergePanel';
import type { ExportRegistry } from './PositionChartSlot';
import { StrategyList } from './StrategyList';
import type { IslandProps } from './types';
import { Workspace } from './Workspace';
import '../../results/results.css';
import './segment-positioning.css';
import { segmentPositioningTool } from './tool-definition';

/**
 * The segment-positioning tool: place customer segments on the involvement × knowledge matrix,
 * read the strategy of each zone, merge a team's placements. Saving, export, import and share
 * links all go through the results layer.
 */
export function SegmentPositioningTool({ lang, content, links }: IslandProps) {
  const t = positioningText(lang);
  const session = useResultStore(segmentPositioningTool, lang);
  const { shared, close } = useSharedResult(segmentPositioningTool, lang);
  const exporters = useRef(new Map<string, () => Promise<HTMLCanvasElement>>());
  const registerExport = useCallback<ExportRegistry>((key, render) => {
    if (render) exporters.current.set(key, render);
    else exporters.current.delete(key);
  }, []);
  const getChartCanvases = useCallback(() => Promise.all([...exporters.current.values()].map((render) => render())), []);

  const readOnly = (envelope: ResultEnvelope<SegmentPositioningData>) => (
    <div className="sp-shared">
      <MatrixPanel lang={lang} data={envelope.data} content={content} />
      <h3>{t('heading.strategies')}</h3>
      <StrategyList lang={lang} data={envelope.data} content={content} links={links} level={4} />
    </div>
  );

  if (shared.kind !== 'none') {
    return (
      <div className="res-root sp-root">
        <ShareView
          lang={lang}
          shared={shared}
          renderResult={readOnly}
          onKeepCopy={session.keepCopy}
          onBack={close}
        />
      </div>
    );
  }

  return (
    <div className="res-root sp-root">
      <h2 className="sp-heading">{t('heading.tool')}</h2>
      <ResultsToolbar session={session} lang={lang} getChartCanvases={getChartCanvases} renderProjector={readOnly} />
      {session.envelope ? (
        <Workspace key={session.envelope.id} lang={lang} content={content} links={links} session={session} registerExport={registerExport} />
      ) : null}
      {session.envelope ? (
        <section className="sp-section sp-section--merge" aria-labelledby="sp-merge-heading">
          <h2 id="sp-merge-heading">{t('heading.merge')}</h2>
          <MergePanel lang={lang} current={session.envelope} onKeep={session.addResults} registerExport={registerExport} />
        </section>
      ) : null}
    </div>
  );
}

export default SegmentPositioningTool;
