import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  addToGroup,
  clearGroup,
  emptyGroup,
  groupStorageKey,
  MAX_GROUP_MEMBERS,
  parseGroup,
  serializeGroup,
  undoClear,
  type WorkshopGroup,
} from '../../../src/lib/results/index';

const schema = z.strictObject({ score: z.int() });
type Data = z.infer<typeof schema>;

function groupOf(...scores: number[]): WorkshopGroup<Data> {
  let group = emptyGroup<Data>();
  scores.forEach((score, index) => {
    const outcome = addToGroup(group, { score }, `m${index + 1}`);
    if (!outcome.ok) throw new Error('full');
    group = outcome.group;
  });
  return group;
}

describe('a workshop group', () => {
  it('adds each participant under the id it is given, in order', () => {
    const group = groupOf(3, 1, 4);
    expect(group.members).toEqual([
      { id: 'm1', data: { score: 3 } },
      { id: 'm2', data: { score: 1 } },
      { id: 'm3', data: { score: 4 } },
    ]);
    expect(group.cleared).toBeNull();
  });

  it('refuses a participant once the group is full, and keeps the group as it was', () => {
    const full = groupOf(...Array.from({ length: MAX_GROUP_MEMBERS }, (_, index) => index));
    const outcome = addToGroup(full, { score: 99 }, 'late');
    expect(outcome).toEqual({ ok: false, reason: 'full' });
    expect(full.members).toHaveLength(40);
  });

  it('clears explicitly, and undo brings the cleared members back before those who joined since', () => {
    const cleared = clearGroup(groupOf(3, 1));
    expect(cleared.members).toEqual([]);
    expect(cleared.cleared?.map((member) => member.id)).toEqual(['m1', 'm2']);
    const joined = addToGroup(cleared, { score: 2 }, 'new');
    if (!joined.ok) throw new Error('full');
    const undone = undoClear(joined.group);
    expect(undone.members.map((member) => member.id)).toEqual(['m1', 'm2', 'new']);
    expect(undone.cleared).toBeNull();
    // Nothing to undo, and clearing an empty group keeps the earlier undo.
    expect(undoClear(undone)).toBe(undone);
    expect(clearGroup(cleared)).toBe(cleared);
  });

  it('survives storage: its members written and read back the same; cleared members are never stored', () => {
    const group = groupOf(2, 0);
    expect(parseGroup(serializeGroup(group), schema)).toEqual(group);
    const joined = addToGroup(clearGroup(group), { score: 4 }, 'm9');
    if (!joined.ok) throw new Error('full');
    expect(serializeGroup(joined.group)).not.toContain('m1');
    expect(parseGroup(serializeGroup(joined.group), schema)).toEqual({ members: [{ id: 'm9', data: { score: 4 } }], cleared: null });
  });

  it('reads a damaged store without losing the members that are still good', () => {
    const raw = JSON.stringify({
      v: 1,
      members: [{ id: 'ok', data: { score: 1 } }, { id: 'bad', data: { score: 'x' } }, { id: 'ok', data: { score: 2 } }, { id: 'no id!', data: { score: 3 } }, null],
    });
    expect(parseGroup(raw, schema)).toEqual({ members: [{ id: 'ok', data: { score: 1 } }], cleared: null });
    for (const broken of [null, '', '{', '[]', '{"v":2,"members":[]}', 'null']) expect(parseGroup(broken, schema)).toEqual(emptyGroup());
  });

  it('is stored per tool, apart from the saved results', () => {
    expect(groupStorageKey('maturity-audit')).toBe('kmm:v1:workshop-group:maturity-audit');
    expect(groupStorageKey('segment-positioning')).not.toBe(groupStorageKey('maturity-audit'));
  });
});
