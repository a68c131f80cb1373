import { useId, useMemo } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import { placementSummary, segmentName, type Handle, type Position, type SegmentPositioningData, type ToolContent } from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';
import { chartTexts, placementPoints } from './chart-points';
import { MovePad } from './MovePad';
import { PlacementTable } from './PlacementTable';
import { PositionChartSlot } from './PositionChartSlot';

export interface LiveMessage {
  readonly text: string;
  readonly seq: number;
}

interface Controls {
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly handle: Handle;
  readonly onHandle: (handle: Handle) => void;
  readonly onMove: (deltaKnowledge: number, deltaInvolvement: number) => void;
  readonly onSet: (position: Position) => void;
  readonly live: LiveMessage | null;
}

interface Props {
  readonly lang: Lang;
  readonly data: SegmentPositioningData;
  readonly content: ToolContent;
  /** Absent for a read-only view (shared link). */
  readonly controls?: Controls | undefined;
}

/** The matrix: chart, keyboard control of the selected segment, text summary and table. */
export function MatrixPanel({ lang, data, content, controls }: Props) {
  const t = positioningText(lang);
  const id = useId();
  const selectedId = controls?.selectedId ?? null;
  const points = useMemo(() => placementPoints(data, lang, selectedId), [data, lang, selectedId]);
  const texts = useMemo(() => chartTexts(lang, t('chart.title')), [lang]);
  const summary = placementSummary(data, t).join(' ');
  const selected = controls ? data.segments.find((segment) => segment.id === controls.selectedId) : undefined;

  return (
    <div className="sp-matrix">
      <p className="res-hint">{t('matrix.intro')}</p>
      <div className="sp-matrix__grid">
        <PositionChartSlot
          points={points}
          texts={texts}
          ariaLabel={t('matrix.canvasLabel', { summary })}
          onSelect={controls?.onSelect}
          exportKey={controls ? 'a-placement' : null}
        />
        <div className="sp-matrix__side">
          {controls ? (
            <div className="sp-controls">
              {data.segments.length === 0 ? (
                <p className="sp-empty">{t('pad.empty')}</p>
              ) : (
                <>
                  <div className="res-field sp-field">
                    <label htmlFor={`${id}-segment`}>{t('matrix.select')}</label>
                    <select id={`${id}-segment`} value={controls.selectedId ?? ''} onChange={(event) => controls.onSelect(event.currentTarget.value)}>
                      {data.segments.map((segment) => (
                        <option key={segment.id} value={segment.id}>
                          {segmentName(segment, t)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <fieldset className="sp-handle">
                    <legend>{t('matrix.handle')}</legend>
                    {(['position', 'target'] as const).map((handle) => (
                      <label key={handle} className="sp-choice">
                        <input
                          type="radio"
                          name={`${id}-handle`}
                          value={handle}
                          checked={controls.handle === handle}
                          onChange={() => controls.onHandle(handle)}
                        />
                        <span>{t(`handle.${handle}`)}</span>
                      </label>
                    ))}
                  </fieldset>
                  {selected ? (
                    <MovePad
                      lang={lang}
                      segment={selected}
                      handle={controls.handle}
                      instructionsId={`${id}-instructions`}
                      onMove={controls.onMove}
                      onSet={controls.onSet}
                    />
                  ) : null}
                  <p className="res-hint" id={`${id}-instructions`}>
                    {t('pad.instructions')}
                  </p>
                </>
              )}
              <p className="res-live sp-live" role="status" aria-live="polite" aria-atomic="true">
                {controls.live ? <span key={controls.live.seq}>{controls.live.text}</span> : null}
              </p>
            </div>
          ) : null}
          <p className="sp-summary">{summary}</p>
        </div>
      </div>
      <PlacementTable lang={lang} data={data} content={content} />
    </div>
  );
}
