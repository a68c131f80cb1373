import type { KeyboardEvent, PointerEvent } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import {
  DEFAULT_POSITION,
  positionOf,
  positionWithZone,
  round2,
  SCORE_BIG_STEP,
  SCORE_MAX,
  SCORE_MIN,
  SCORE_STEP,
  segmentName,
  zoneRects,
  TARGET_ZONE,
  type Handle,
  type Position,
  type Segment,
} from '../../../lib/segment-positioning/index';
import type { Lang } from '../../../lib/i18n-core';

interface Props {
  readonly lang: Lang;
  readonly segment: Segment;
  readonly handle: Handle;
  readonly instructionsId: string;
  /** Relative move in score units (keyboard). */
  readonly onMove: (deltaKnowledge: number, deltaInvolvement: number) => void;
  /** Absolute position (pointer). */
  readonly onSet: (position: Position) => void;
}

const KEY_MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

const pct = (score: number): string => `${(score / SCORE_MAX) * 100}%`;

/**
 * A two-axis slider for the selected segment: ←/→ move knowledge, ↑/↓ involvement, by 0.5
 * (by 1 with Shift). A small picture of the matrix shows where the segment is; a pointer can also
 * place it by pressing or dragging inside that picture.
 */
export function MovePad({ lang, segment, handle, instructionsId, onMove, onSet }: Props) {
  const t = positioningText(lang);
  const current = positionOf(segment);
  const shown = handle === 'target' ? (segment.target ?? current ?? DEFAULT_POSITION) : (current ?? segment.direct);
  const name = segmentName(segment, t);
  const placedAt = handle === 'target' ? segment.target : current;
  const valueText = placedAt ? positionWithZone(placedAt, t) : t('list.notPlaced');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const move = KEY_MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const step = event.shiftKey ? SCORE_BIG_STEP : SCORE_STEP;
    onMove(move[0] * step, move[1] * step);
  };

  const fromPointer = (event: PointerEvent<HTMLDivElement>): Position => {
    const box = event.currentTarget.getBoundingClientRect();
    const snap = (ratio: number): number => {
      const value = Math.round((Math.min(1, Math.max(0, ratio)) * SCORE_MAX) / SCORE_STEP) * SCORE_STEP;
      return round2(Math.min(SCORE_MAX, Math.max(SCORE_MIN, value)));
    };
    return {
      knowledge: snap((event.clientX - box.left) / box.width),
      involvement: snap(1 - (event.clientY - box.top) / box.height),
    };
  };

  return (
    <div
      className="sp-pad"
      role="slider"
      tabIndex={0}
      aria-roledescription={t('pad.roledesc')}
      aria-label={t(handle === 'target' ? 'pad.labelTarget' : 'pad.label', { name })}
      aria-valuemin={SCORE_MIN}
      aria-valuemax={SCORE_MAX}
      aria-valuenow={shown.knowledge}
      aria-valuetext={valueText}
      aria-describedby={instructionsId}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        event.currentTarget.focus();
        onSet(fromPointer(event));
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) onSet(fromPointer(event));
      }}
    >
      {zoneRects().map((rect) => (
        <span
          key={rect.zone}
          aria-hidden="true"
          className={`sp-pad__zone${rect.zone === TARGET_ZONE ? ' sp-pad__zone--target' : ''}`}
          style={{
            left: pct(rect.knowledge[0]),
            width: pct(rect.knowledge[1] - rect.knowledge[0]),
            bottom: pct(rect.involvement[0]),
            height: pct(rect.involvement[1] - rect.involvement[0]),
          }}
        />
      ))}
      {handle === 'target' && current ? (
        <span aria-hidden="true" className="sp-pad__dot sp-pad__dot--ghost" style={{ left: pct(current.knowledge), bottom: pct(current.involvement) }} />
      ) : null}
      <span
        aria-hidden="true"
        className={`sp-pad__dot${handle === 'target' ? ' sp-pad__dot--target' : ''}`}
        style={{ left: pct(shown.knowledge), bottom: pct(shown.involvement) }}
      />
    </div>
  );
}
