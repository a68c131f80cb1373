import { zoneOf, type Position, type ZoneId } from './axes';
import { nudge } from './numbers';
import { completePosition, derivePosition, type DerivedPosition } from './questions';
import { SEGMENT_ID_PATTERN, type PositionMode, type Segment, type SegmentPositioningData } from './schema';

/**
 * Where the keyboard pad and the typed-in fields start once the team places a new segment: the
 * middle of both axes. A new segment itself starts unplaced (see newSegment).
 */
export const DEFAULT_POSITION: Position = { knowledge: 5, involvement: 5 };

/** The segment's current position, or null while its questions leave an axis unanswered. */
export function positionOf(segment: Pick<Segment, 'mode' | 'direct' | 'answers'>): Position | null {
  return segment.mode === 'direct' ? segment.direct : completePosition(derivePosition(segment.answers));
}

export function derivedOf(segment: Pick<Segment, 'answers'>): DerivedPosition {
  return derivePosition(segment.answers);
}

export function zoneOfSegment(segment: Pick<Segment, 'mode' | 'direct' | 'answers'>): ZoneId | null {
  const position = positionOf(segment);
  return position ? zoneOf(position) : null;
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh segment id, `seg-` and 10 random characters, never one already in `taken`.
 * `random` returns integers 0–255 (crypto.getRandomValues in the browser; injected in tests).
 */
export function newSegmentId(taken: ReadonlySet<string>, random: (count: number) => readonly number[]): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const id = `seg-${random(10)
      .map((byte) => ID_ALPHABET[byte % ID_ALPHABET.length])
      .join('')}`;
    if (!taken.has(id) && SEGMENT_ID_PATTERN.test(id)) return id;
  }
  throw new Error('could not draw a free segment id');
}

/**
 * A new segment starts unplaced: placed by its questions, none answered yet, so it has no
 * position, no zone and no strategy until the team answers them or types a position in.
 */
export function newSegment(id: string, name = ''): Segment {
  return { id, name, description: '', size: null, mode: 'questions', direct: DEFAULT_POSITION, answers: {}, target: null };
}

/** A segment that has no position yet: its questions leave an axis unanswered. */
export function isUnplaced(segment: Pick<Segment, 'mode' | 'direct' | 'answers'>): boolean {
  return positionOf(segment) === null;
}

/**
 * Switches the source of the position. Going to "direct" from complete answers starts the typed
 * position where the answers had put it, so the bubble does not jump; answers are always kept.
 */
export function withMode(segment: Segment, mode: PositionMode): Segment {
  if (segment.mode === mode) return segment;
  if (mode === 'direct') {
    const derived = positionOf(segment);
    return { ...segment, mode, direct: derived ?? segment.direct };
  }
  return { ...segment, mode };
}

export type Handle = 'position' | 'target';

/**
 * Moves a segment's position or target by a number of score units on each axis (keyboard moves).
 * Moving the position of a segment placed by its answers switches it to direct input first.
 * Moving a target that is not set starts it at the current position.
 */
export function moveSegment(segment: Segment, handle: Handle, deltaKnowledge: number, deltaInvolvement: number): Segment {
  const move = (from: Position): Position => ({
    knowledge: nudge(from.knowledge, deltaKnowledge),
    involvement: nudge(from.involvement, deltaInvolvement),
  });
  if (handle === 'target') {
    const from = segment.target ?? positionOf(segment) ?? segment.direct;
    return { ...segment, target: move(from) };
  }
  const direct = withMode(segment, 'direct');
  return { ...direct, direct: move(direct.direct) };
}

export function updateSegment(
  data: SegmentPositioningData,
  id: string,
  change: (segment: Segment) => Segment,
): SegmentPositioningData {
  return { ...data, segments: data.segments.map((segment) => (segment.id === id ? change(segment) : segment)) };
}

export function removeSegment(data: SegmentPositioningData, id: string): SegmentPositioningData {
  return { ...data, segments: data.segments.filter((segment) => segment.id !== id) };
}

/** Puts a segment back at an index (undo of a deletion). */
export function insertSegment(data: SegmentPositioningData, segment: Segment, index: number): SegmentPositioningData {
  const segments = data.segments.filter((existing) => existing.id !== segment.id);
  const at = Math.max(0, Math.min(index, segments.length));
  return { ...data, segments: [...segments.slice(0, at), segment, ...segments.slice(at)] };
}
