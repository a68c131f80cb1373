/** A workshop group of plans: what the group keeps, and how its choices are spread (hand-counted). */
import { describe, expect, it } from 'vitest';
import { choiceSpread, emptyPlannerData, momentSpread, plannerGroupData, plannerDataSchema, type PlannerData } from '../../../src/lib/participation-planner/index';
import type { GroupMember } from '../../../src/lib/results/index';
import { z } from 'zod/mini';

const plan = (over: Partial<PlannerData>): PlannerData => ({ ...emptyPlannerData(), ...over });
const member = (id: string, data: PlannerData): GroupMember<PlannerData> => ({ id, data: plannerGroupData(data)! });

describe('a plan in a workshop group', () => {
  it('keeps the choices and the moments ticked, nothing typed', () => {
    const data = plan({
      offer: { name: 'Léa’s bakery', sector: 'Food', description: 'Ask Léa', physical: 'high', mental: null },
      timing: { preConception: { used: true, what: 'Léa runs a panel' }, coConception: { used: false, what: '' }, coProduction: { used: false, what: '' } },
      level: 'moderate',
      actions: [{ id: 'a1', lever: 'sanction', source: null, text: 'Call Léa', owner: 'Léa', due: '', status: 'todo' }],
      checks: { c1: { confirmed: true, note: 'Léa agrees' } },
    });
    const kept = plannerGroupData(data);
    expect(kept?.offer).toEqual({ name: '', sector: '', description: '', physical: 'high', mental: null });
    expect(kept?.timing.preConception).toEqual({ used: true, what: '' });
    expect(kept?.level).toBe('moderate');
    expect(JSON.stringify(kept)).not.toContain('Léa');
    expect(z.safeParse(plannerDataSchema, kept).success).toBe(true);
  });

  it('leaves nothing in the group from a plan with no choice made', () => {
    expect(plannerGroupData(plan({ offer: { name: 'Only a name', sector: '', description: '', physical: null, mental: null } }))).toBeNull();
  });

  it('counts each choice and each moment over the group', () => {
    const moments = (pre: boolean) => ({ preConception: { used: pre, what: '' }, coConception: { used: false, what: '' }, coProduction: { used: true, what: '' } });
    const members = [
      member('g1', plan({ level: 'low', timing: moments(true) })),
      member('g2', plan({ level: 'high', timing: moments(false) })),
      member('g3', plan({ level: 'high', personalisation: 'bespoke', timing: moments(true) })),
    ];
    const spread = choiceSpread(members);
    expect(spread.find((row) => row.field === 'level')).toEqual({
      field: 'level',
      counts: [
        { value: 'low', count: 1 },
        { value: 'moderate', count: 0 },
        { value: 'high', count: 2 },
      ],
      unanswered: 0,
    });
    expect(spread.find((row) => row.field === 'personalisation')?.unanswered).toBe(2);
    expect(momentSpread(members)).toEqual([
      { moment: 'preConception', count: 2 },
      { moment: 'coConception', count: 0 },
      { moment: 'coProduction', count: 3 },
    ]);
  });
});
