import { useCallback, useMemo } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import { groupTeamAverage, positioningGroupData, type SegmentPositioningData } from '../../../lib/segment-positioning/index';
import type { ResultEnvelope } from '../../../lib/results/envelope';
import { ToolShell } from '../../results/ToolShell';
import type { WorkshopGroupSpec } from '../../results/WorkshopGroupView';
import { MatrixPanel } from './MatrixPanel';
import { MergePanel } from './MergePanel';
import { PositioningGroupView } from './PositioningGroupView';
import { StrategyList } from './StrategyList';
import { teamAverageOf } from './team-average';
import type { IslandProps } from './types';
import { Workspace } from './Workspace';
import './segment-positioning.css';
import { segmentPositioningTool } from './tool-definition';

/**
 * The segment-positioning tool: place customer segments on the involvement × knowledge matrix,
 * read the strategy of each zone, merge a team's placements. Saving, export, import and share
 * links all go through the results layer.
 */
export function SegmentPositioningTool({ lang, content, links }: IslandProps) {
  const t = positioningText(lang);
  const workshopGroup = useMemo<WorkshopGroupSpec<SegmentPositioningData>>(
    () => ({ member: positioningGroupData, render: (members) => <PositioningGroupView lang={lang} members={members} />, teamData: groupTeamAverage }),
    [lang],
  );
  const mergeImported = useCallback((envelopes: readonly ResultEnvelope<SegmentPositioningData>[]) => teamAverageOf(envelopes, lang), [lang]);

  const readOnly = (envelope: ResultEnvelope<SegmentPositioningData>) => (
    <div className="sp-shared">
      <MatrixPanel lang={lang} data={envelope.data} content={content} />
      <h3>{t('heading.strategies')}</h3>
      <StrategyList lang={lang} data={envelope.data} content={content} links={links} level={4} />
    </div>
  );

  return (
    <ToolShell
      tool={segmentPositioningTool}
      lang={lang}
      className="sp-root"
      heading={<h2 className="sp-heading">{t('heading.tool')}</h2>}
      renderReadOnly={readOnly}
      workshopGroup={workshopGroup}
      mergeImported={mergeImported}
    >
      {(session, envelope) => (
        <>
          <Workspace key={envelope.id} lang={lang} content={content} links={links} session={session} />
          <section className="sp-section sp-section--merge" aria-labelledby="sp-merge-heading">
            <h2 id="sp-merge-heading">{t('heading.merge')}</h2>
            <MergePanel lang={lang} current={envelope} onKeep={session.addResults} />
          </section>
        </>
      )}
    </ToolShell>
  );
}

export default SegmentPositioningTool;
