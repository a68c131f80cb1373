import { useRef, useState } from 'react';
import { positioningText } from '../../../i18n/tools/segment-positioning/index';
import {
  insertSegment,
  moveSegment,
  newSegment,
  newSegmentId,
  positionOf,
  positionText,
  presetToData,
  removeSegment,
  segmentName,
  strategyFor,
  updateSegment,
  withMode,
  zoneName,
  zoneOf,
  zoneOfSegment,
  type Handle,
  type Position,
  type Preset,
  type Segment,
  type SegmentPositioningData,
} from '../../../lib/segment-positioning/index';
import type { ResultSession } from '../../results/useResultStore';
import { MatrixPanel, type LiveMessage } from './MatrixPanel';
import { PresetPicker } from './PresetPicker';
import { SegmentEditor } from './SegmentEditor';
import { SegmentList } from './SegmentList';
import { StrategyList } from './StrategyList';
import { strategyText, type IslandProps } from './types';

interface Props extends IslandProps {
  readonly session: ResultSession<SegmentPositioningData>;
}

const randomBytes = (count: number): number[] => [...crypto.getRandomValues(new Uint8Array(count))];

/** The open result: examples, segments and their editor, the matrix, and the strategies. */
export function Workspace({ lang, content, links, session }: Props) {
  const t = positioningText(lang);
  const envelope = session.envelope;
  const [selectedId, setSelectedId] = useState<string | null>(envelope?.data.segments[0]?.id ?? null);
  const [handle, setHandle] = useState<Handle>('position');
  const [deleted, setDeleted] = useState<{ segment: Segment; index: number } | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [live, setLive] = useState<LiveMessage | null>(null);
  const seq = useRef(0);
  if (!envelope) return null;
  const { data } = envelope;
  const selected = data.segments.find((segment) => segment.id === selectedId) ?? data.segments[0] ?? null;

  const say = (text: string): void => {
    seq.current += 1;
    setLive({ text, seq: seq.current });
  };

  const strategyTitle = (position: Position): string => strategyText(content, strategyFor(zoneOf(position)).id)?.title ?? '';

  /** Applies a change to the selected segment and announces where it now is. */
  const changeSelected = (change: (segment: Segment) => Segment): void => {
    if (!selected) return;
    let before: Segment | undefined;
    let after: Segment | undefined;
    session.updateData((current) => {
      before = current.segments.find((segment) => segment.id === selected.id);
      const next = updateSegment(current, selected.id, change);
      after = next.segments.find((segment) => segment.id === selected.id);
      return next;
    });
    if (!before || !after) return;
    const name = segmentName(after, t);
    const parts: string[] = [];
    if (before.mode === 'questions' && after.mode === 'direct') parts.push(t('announce.switchedToDirect', { name }));
    if (handle === 'target' && after.target) {
      parts.push(t('announce.targetMoved', { name, position: positionText(after.target, t), zone: zoneName(zoneOf(after.target), t) }));
    } else {
      const position = positionOf(after);
      if (position) {
        const zone = zoneOf(position);
        const changed = zoneOfSegment(before) !== zone;
        parts.push(
          changed
            ? t('announce.zoneChanged', { name, position: positionText(position, t), zone: zoneName(zone, t), strategy: strategyTitle(position) })
            : t('announce.moved', { name, position: positionText(position, t), zone: zoneName(zone, t) }),
        );
      }
    }
    say(parts.join(' '));
  };

  const move = (deltaKnowledge: number, deltaInvolvement: number): void =>
    changeSelected((segment) => moveSegment(segment, handle, deltaKnowledge, deltaInvolvement));

  const place = (position: Position): void =>
    changeSelected((segment) => (handle === 'target' ? { ...segment, target: position } : { ...withMode(segment, 'direct'), direct: position }));

  const select = (id: string): void => {
    setSelectedId(id);
    setJustAdded(null);
  };

  const add = (): void => {
    const id = newSegmentId(new Set(data.segments.map((segment) => segment.id)), randomBytes);
    session.updateData((current) => ({ ...current, segments: [...current.segments, newSegment(id)] }));
    setSelectedId(id);
    setJustAdded(id);
    say(t('list.added'));
  };

  const remove = (segment: Segment): void => {
    const index = data.segments.findIndex((candidate) => candidate.id === segment.id);
    const neighbour = data.segments[index + 1] ?? data.segments[index - 1] ?? null;
    session.updateData((current) => removeSegment(current, segment.id));
    setDeleted({ segment, index });
    setSelectedId(neighbour?.id ?? null);
    say(t('editor.deleted', { name: segmentName(segment, t) }));
  };

  const undo = (): void => {
    if (!deleted) return;
    session.updateData((current) => insertSegment(current, deleted.segment, deleted.index));
    setSelectedId(deleted.segment.id);
    setDeleted(null);
    say(t('editor.restored', { name: segmentName(deleted.segment, t) }));
  };

  const loadPreset = (preset: Preset): void => {
    const title = t('presets.resultTitle', { title: preset.title });
    const data = presetToData(preset);
    // A fresh, untouched result takes the example in place; otherwise the example opens as a new result.
    const pristine = envelope.data.segments.length === 0 && envelope.title.trim() === '' && !envelope.respondent;
    if (pristine) {
      session.update((current) => ({ ...current, title, data }));
      setSelectedId(data.segments[0]?.id ?? null);
    } else {
      if (!session.addNew({ data, title })) return;
    }
    session.announce(t('presets.loaded', { title: preset.title }));
  };

  return (
    <>
      <section className="sp-section sp-section--segments" aria-labelledby="sp-segments-heading">
        <h2 id="sp-segments-heading">{t('heading.segments')}</h2>
        <details className="sp-presets-box">
          <summary>{t('presets.heading')}</summary>
          <PresetPicker lang={lang} presets={content.presets.presets} onLoad={loadPreset} />
        </details>
        <div className="sp-segments">
          <SegmentList
            lang={lang}
            data={data}
            selectedId={selected?.id ?? null}
            onSelect={select}
            onAdd={add}
            onSizeUnit={(sizeUnit) => session.updateData((current) => ({ ...current, sizeUnit }))}
          />
          <div className="sp-segments__editor">
            {deleted ? (
              <div className="res-banner sp-undo">
                <p>{t('editor.deleted', { name: segmentName(deleted.segment, t) })}</p>
                <button type="button" className="res-button" onClick={undo}>
                  {t('editor.undo', { name: segmentName(deleted.segment, t) })}
                </button>
              </div>
            ) : null}
            {selected ? (
              <SegmentEditor
                key={selected.id}
                lang={lang}
                segment={selected}
                sizeUnit={data.sizeUnit}
                questions={content.questions}
                focusName={justAdded === selected.id}
                onChange={(change) => session.updateData((current) => updateSegment(current, selected.id, change))}
                onDelete={() => remove(selected)}
              />
            ) : null}
          </div>
        </div>
      </section>
      <section className="sp-section" aria-labelledby="sp-matrix-heading">
        <h2 id="sp-matrix-heading">{t('heading.matrix')}</h2>
        <MatrixPanel
          lang={lang}
          data={data}
          content={content}
          controls={{
            selectedId: selected?.id ?? null,
            onSelect: (id) => {
              select(id);
              const segment = data.segments.find((candidate) => candidate.id === id);
              if (segment) say(t('announce.selected', { name: segmentName(segment, t) }));
            },
            handle,
            onHandle: setHandle,
            onMove: move,
            onSet: place,
            live,
          }}
        />
      </section>
      <section className="sp-section" aria-labelledby="sp-strategies-heading">
        <h2 id="sp-strategies-heading">{t('heading.strategies')}</h2>
        <p className="res-hint">{t('strategies.intro')}</p>
        <StrategyList lang={lang} data={data} content={content} links={links} />
      </section>
    </>
  );
}
