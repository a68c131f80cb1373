import { describe, expect, it } from 'vitest';
import {
  insertSegment,
  moveSegment,
  newSegment,
  newSegmentId,
  positionOf,
  removeSegment,
  SEGMENT_ID_PATTERN,
  updateSegment,
  withMode,
  zoneOfSegment,
  type Segment,
  type SegmentPositioningData,
} from '../../../src/lib/segment-positioning/index';

const seg = (over: Partial<Segment> = {}): Segment => ({ ...newSegment('s1', 'Alpha'), mode: 'direct', ...over });

describe('segment ids', () => {
  it('draws seg- plus 10 characters from the random bytes', () => {
    const id = newSegmentId(new Set(), (count) => Array.from({ length: count }, (_, index) => index)); // bytes 0..9 → a..j
    expect(id).toBe('seg-abcdefghij');
    expect(SEGMENT_ID_PATTERN.test(id)).toBe(true);
  });
  it('never returns an id already taken', () => {
    let call = 0;
    const random = (count: number): number[] => Array.from({ length: count }, () => (call < 10 ? 0 : 1)).map((value) => { call += 1; return value; });
    // first draw: all 0 → seg-aaaaaaaaaa (taken); second: all 1 → seg-bbbbbbbbbb
    expect(newSegmentId(new Set(['seg-aaaaaaaaaa']), random)).toBe('seg-bbbbbbbbbb');
  });
});

describe('positionOf and modes', () => {
  it('uses the typed position in direct mode, the answers in question mode', () => {
    const segment = seg({ direct: { knowledge: 2, involvement: 8 }, answers: { 'inv-time': 4, 'kn-familiarity': 2 } });
    expect(positionOf(segment)).toEqual({ knowledge: 2, involvement: 8 });
    // questions: involvement 4 → 10, knowledge 2 → 5
    expect(positionOf({ ...segment, mode: 'questions' })).toEqual({ knowledge: 5, involvement: 10 });
    expect(zoneOfSegment({ ...segment, mode: 'questions' })).toBe('high-intermediate');
  });
  it('is null in question mode while an axis is unanswered', () => {
    expect(positionOf(seg({ mode: 'questions', answers: { 'inv-time': 2 } }))).toBeNull();
    expect(zoneOfSegment(seg({ mode: 'questions', answers: {} }))).toBeNull();
  });
  it('switching to direct starts from the derived position and keeps the answers', () => {
    const questions = seg({ mode: 'questions', answers: { 'inv-time': 1, 'kn-expertise': 3 } }); // 2.5 / 7.5
    const direct = withMode(questions, 'direct');
    expect(direct.mode).toBe('direct');
    expect(direct.direct).toEqual({ knowledge: 7.5, involvement: 2.5 });
    expect(direct.answers).toEqual(questions.answers);
    // back to questions: the typed position is kept too
    expect(withMode(direct, 'questions')).toEqual({ ...direct, mode: 'questions' });
  });
  it('switching to direct with incomplete answers keeps the typed position', () => {
    const questions = seg({ mode: 'questions', direct: { knowledge: 1, involvement: 1 }, answers: { 'inv-time': 1 } });
    expect(withMode(questions, 'direct').direct).toEqual({ knowledge: 1, involvement: 1 });
  });
});

describe('moveSegment', () => {
  it('moves the position by keyboard steps', () => {
    const moved = moveSegment(seg({ direct: { knowledge: 3, involvement: 5 } }), 'position', 0.5, -0.5);
    expect(moved.direct).toEqual({ knowledge: 3.5, involvement: 4.5 });
    expect(zoneOfSegment(moved)).toBe('low-intermediate');
  });
  it('switches a question-placed segment to direct, from its derived position', () => {
    // knowledge 1,1,2 → 3.33 ; involvement 2,2,2 → 5
    const questions = seg({
      mode: 'questions',
      answers: { 'kn-familiarity': 1, 'kn-competence': 1, 'kn-expertise': 2, 'inv-time': 2, 'inv-interest': 2, 'inv-after': 2 },
    });
    const moved = moveSegment(questions, 'position', 0.5, 0);
    expect(moved.mode).toBe('direct');
    expect(moved.direct).toEqual({ knowledge: 3.5, involvement: 5 }); // 3.33 → 3.5, not 3.83 or 4
    expect(zoneOfSegment(questions)).toBe('high-novice');
    expect(zoneOfSegment(moved)).toBe('high-intermediate');
  });
  it('moves the target, starting it at the current position when unset', () => {
    const segment = seg({ direct: { knowledge: 6, involvement: 6 } });
    expect(moveSegment(segment, 'target', 1, 0).target).toEqual({ knowledge: 7, involvement: 6 });
    expect(moveSegment({ ...segment, target: { knowledge: 2, involvement: 2 } }, 'target', 0, -1).target).toEqual({ knowledge: 2, involvement: 1 });
    expect(moveSegment(segment, 'target', 1, 0).direct).toEqual(segment.direct);
  });
  it('stops at the edges', () => {
    expect(moveSegment(seg({ direct: { knowledge: 10, involvement: 0 } }), 'position', 1, -1).direct).toEqual({ knowledge: 10, involvement: 0 });
  });
});

describe('list changes by id', () => {
  const data: SegmentPositioningData = { sizeUnit: 'percent', segments: [seg({ id: 'a' }), seg({ id: 'b' }), seg({ id: 'c' })] };
  it('updates, removes and puts back a segment by its id', () => {
    expect(updateSegment(data, 'b', (segment) => ({ ...segment, name: 'Beta' })).segments.map((segment) => segment.name)).toEqual(['Alpha', 'Beta', 'Alpha']);
    const removed = removeSegment(data, 'b');
    expect(removed.segments.map((segment) => segment.id)).toEqual(['a', 'c']);
    const segmentB = data.segments[1];
    if (!segmentB) throw new Error('fixture');
    expect(insertSegment(removed, segmentB, 1).segments.map((segment) => segment.id)).toEqual(['a', 'b', 'c']);
    expect(insertSegment(removed, segmentB, 99).segments.map((segment) => segment.id)).toEqual(['a', 'c', 'b']);
    expect(insertSegment(data, segmentB, 0).segments.map((segment) => segment.id)).toEqual(['b', 'a', 'c']);
  });
});
