import { describe, expect, it } from 'vitest';
import { merge3 } from '../../../src/lib/results/index';

describe('merge3 (keep my version, keep theirs where I changed nothing)', () => {
  const base = { answers: { a: { value: 1 }, b: { value: 1 } }, title: 'T' };

  it('keeps both sides’ answers to different questions', () => {
    const mine = { answers: { a: { value: 4 }, b: { value: 1 } }, title: 'T' };
    const theirs = { answers: { a: { value: 1 }, b: { value: 0 }, c: { value: 2 } }, title: 'T' };
    expect(merge3(base, mine, theirs)).toEqual({ answers: { a: { value: 4 }, b: { value: 0 }, c: { value: 2 } }, title: 'T' });
  });

  it('lets mine win where both changed the same value', () => {
    const mine = { ...base, title: 'Mine' };
    const theirs = { ...base, title: 'Theirs' };
    expect(merge3(base, mine, theirs)).toEqual({ ...base, title: 'Mine' });
  });

  it('keeps a removal made on one side when the other left the value as it was', () => {
    const mine = { answers: { a: { value: 1 } }, title: 'T' };
    const theirs = { answers: { a: { value: 1 }, b: { value: 1 } }, title: 'T2' };
    expect(merge3(base, mine, theirs)).toEqual({ answers: { a: { value: 1 } }, title: 'T2' });
  });

  it('merges lists of items with ids item by item, in my order then theirs', () => {
    const b = { plan: [{ id: 'p1', text: 'one' }, { id: 'p2', text: 'two' }] };
    const mine = { plan: [{ id: 'p2', text: 'two, edited' }, { id: 'p1', text: 'one' }, { id: 'm', text: 'mine' }] };
    const theirs = { plan: [{ id: 'p1', text: 'one' }, { id: 't', text: 'theirs' }] }; // they removed p2
    expect(merge3(b, mine, theirs)).toEqual({
      plan: [
        { id: 'p2', text: 'two, edited' }, // I edited it: kept
        { id: 'p1', text: 'one' },
        { id: 'm', text: 'mine' },
        { id: 't', text: 'theirs' },
      ],
    });
    const untouched = { plan: [{ id: 'p1', text: 'one' }, { id: 'p2', text: 'two' }, { id: 'm', text: 'mine' }] };
    // p2 unchanged on my side and removed on theirs: removed
    expect(merge3(b, untouched, theirs)).toEqual({ plan: [{ id: 'p1', text: 'one' }, { id: 'm', text: 'mine' }, { id: 't', text: 'theirs' }] });
  });

  it('returns theirs when I changed nothing, mine when they changed nothing', () => {
    const changed = { ...base, title: 'X' };
    expect(merge3(base, base, changed)).toEqual(changed);
    expect(merge3(base, changed, base)).toEqual(changed);
  });
});
