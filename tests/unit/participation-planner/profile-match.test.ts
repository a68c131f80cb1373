/**
 * Profile proposal. Units are sixths of a characteristic: one step is worth
 * level 3, participants 2, repetition 6, freedom 3 (scales of 3, 4, 2 and 3 values).
 * Site's reading (chapter 6): A mod/alone/one-off/low · B mod/alone–small/one-off/low ·
 * C mod/mass/one-off/low–mod · D high/alone–small/one-off/high · E high/small/repeated/mod–high.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareCharacteristic,
  DISTANCE_UNITS,
  evaluatePlan,
  exampleData,
  proposeProfile,
  stepUnits,
  type Answers,
  type ProfileProposal,
} from '../../../src/lib/participation-planner/index';
import { FIELD_SCALES, ordinal, PROFILE_IDS, type Characteristic } from '../../../src/lib/participation-planner/scales';
import { inseparableProfiles, regionsOverlap } from '../../../src/lib/participation-planner/content-check';
import { CONTENT } from './planner-content';

const { profiles, order, separators } = CONTENT.en.positions;
const propose = (answers: Answers): ProfileProposal => proposeProfile(answers, profiles, order, separators);
const unitsOf = (proposal: ProfileProposal): Record<string, number> => {
  if (proposal.kind !== 'proposal') throw new Error('expected a proposal');
  return Object.fromEntries(proposal.ranking.map((score) => [score.id, score.units]));
};
function proposal(answers: Answers) {
  const result = propose(answers);
  if (result.kind !== 'proposal') throw new Error('expected a proposal');
  return result;
}

describe('scale steps and gaps', () => {
  it('weighs one step by 6 / (number of steps)', () => {
    expect(DISTANCE_UNITS).toBe(6);
    expect(stepUnits('level')).toBe(3); // 3 values, 2 steps
    expect(stepUnits('participants')).toBe(2); // 4 values, 3 steps
    expect(stepUnits('repetition')).toBe(6); // 2 values, 1 step
    expect(stepUnits('freedom')).toBe(3);
  });
  it('counts steps to the nearest end of the range, zero inside it', () => {
    const range = { from: 'alone', to: 'small-group' } as const;
    expect(compareCharacteristic('participants', 'small-group', range)).toMatchObject({ steps: 0, units: 0, status: 'match' });
    // mass is 2 steps above small-group → 2 × 2 = 4 units
    expect(compareCharacteristic('participants', 'mass', range)).toMatchObject({ steps: 2, units: 4, status: 'off' });
    // low is 2 steps below high → 2 × 3 = 6 units (a full characteristic)
    expect(compareCharacteristic('freedom', 'low', { from: 'high', to: 'high' })).toMatchObject({ steps: 2, units: 6 });
    expect(compareCharacteristic('freedom', undefined, { from: 'high', to: 'high' })).toMatchObject({ answer: null, units: 0, status: 'missing' });
  });
});

describe('worked examples', () => {
  const ex = (id: string) => {
    const data = exampleData(id, 'en', CONTENT.en);
    if (!data) throw new Error(id);
    return evaluatePlan(data, CONTENT.en);
  };

  it('self-service checkout → A (tie with B broken by the separating question: a short task)', () => {
    // moderate, alone, one-off, low; motive time (utilitarian)
    // A 0 · B 0 (alone is inside alone–small) · C participants alone→mass 3 steps ×2 = 6
    // D level 3 + freedom low→high 2×3 = 6 → 9 · E level 3 + participants 1×2 = 2 + repetition 6 + freedom 1×3 = 3 → 14
    const { proposal: p } = ex('self-checkout');
    expect(unitsOf(p)).toEqual({ A: 0, B: 0, C: 6, D: 9, E: 14 });
    expect(p).toMatchObject({ proposed: 'A', tied: ['A', 'B'], tieBreak: 'separator', partial: false, answered: 4 });
    expect(p).toMatchObject({ separator: { between: ['A', 'B'], field: 'duration', value: 'short', winner: 'A', resolved: true } });
  });

  it('flat-pack furniture → B', () => {
    // moderate, small group, one-off, low; motive price
    // A participants 1 step ×2 = 2 · B 0 · C participants 2×2 = 4
    // D level 3 + freedom 6 = 9 · E level 3 + repetition 6 + freedom 3 = 12
    const { proposal: p } = ex('flat-pack');
    expect(unitsOf(p)).toEqual({ A: 2, B: 0, C: 4, D: 9, E: 12 });
    expect(p).toMatchObject({ proposed: 'B', tied: ['B'], tieBreak: 'none' });
  });

  it('a concert → C', () => {
    // moderate, mass, one-off, moderate freedom; motive experience
    // A participants 3×2 = 6 + freedom 1×3 = 3 → 9 · B participants 2×2 = 4 + 3 → 7 · C 0
    // D level 3 + participants 2×2 = 4 + freedom 1×3 = 3 → 10 · E level 3 + participants 4 + repetition 6 → 13
    const { proposal: p } = ex('concert');
    expect(unitsOf(p)).toEqual({ A: 9, B: 7, C: 0, D: 10, E: 13 });
    expect(p).toMatchObject({ proposed: 'C', tieBreak: 'none' });
  });

  it('a cake mix → D', () => {
    // high, alone, one-off, high freedom; motive experience
    // A level 3 + freedom 6 → 9 · B 9 · C level 3 + participants 6 + freedom 1×3 = 3 → 12
    // D 0 · E participants 1×2 = 2 + repetition 6 → 8
    const { proposal: p } = ex('cake-mix');
    expect(unitsOf(p)).toEqual({ A: 9, B: 9, C: 12, D: 0, E: 8 });
    expect(p).toMatchObject({ proposed: 'D', tieBreak: 'none' });
  });

  it('a board-game club → E', () => {
    // high, small group, repeated, moderate freedom; motive experience
    // A level 3 + participants 2 + repetition 6 + freedom 3 → 14 · B 3 + 0 + 6 + 3 → 12
    // C 3 + participants 2×2 = 4 + 6 + 0 → 13 · D 0 + 0 + 6 + freedom 3 → 9 · E 0
    const { proposal: p } = ex('board-game-club');
    expect(unitsOf(p)).toEqual({ A: 14, B: 12, C: 13, D: 9, E: 0 });
    expect(p).toMatchObject({ proposed: 'E', tieBreak: 'none' });
  });

  it('a weight-loss programme → E, but not an exact fit (distance 2/6)', () => {
    // high, alone, repeated, moderate freedom; motive personalisation
    // A level 3 + repetition 6 + freedom 3 → 12 · B 12 · C 3 + participants 3×2 = 6 + 6 + 0 → 15
    // D repetition 6 + freedom 3 → 9 · E participants alone→small 1×2 = 2 → 2
    const { proposal: p } = ex('weight-loss');
    expect(unitsOf(p)).toEqual({ A: 12, B: 12, C: 15, D: 9, E: 2 });
    expect(p).toMatchObject({ proposed: 'E', tieBreak: 'none' });
    if (p.kind !== 'proposal') throw new Error();
    expect(p.ranking[0]?.distance).toBeCloseTo(1 / 3, 10);
    expect(p.ranking[0]?.comparisons.find((c) => c.characteristic === 'participants')).toMatchObject({ answer: 'alone', steps: 1, units: 2 });
    expect(p.ranking.map((score) => score.id)).toEqual(['E', 'D', 'A', 'B', 'C']);
  });
});

describe('ties', () => {
  // moderate, large group, one-off, low: A participants 2 steps → 4; B 1 step → 2; C 1 step → 2 (low inside low–moderate)
  // D level 3 + participants 1 step → 2 + freedom 6 → 11; E 3 + 2 + 6 + 3 → 14
  const base: Answers = { level: 'moderate', participants: 'large-group', repetition: 'one-off', freedom: 'low' };

  it('B and C tie at 2/6; without a motive the order A → E keeps B', () => {
    const p = proposal(base);
    expect(unitsOf(p)).toEqual({ A: 4, B: 2, C: 2, D: 11, E: 14 });
    expect(p).toMatchObject({ proposed: 'B', tied: ['B', 'C'], tieBreak: 'order', motiveFamily: null });
  });
  it('an experiential motive keeps C', () => {
    expect(proposal({ ...base, motive: 'experience' })).toMatchObject({ proposed: 'C', tied: ['C', 'B'], tieBreak: 'motive', motiveFamily: 'experiential' });
  });
  it('a utilitarian motive keeps B', () => {
    expect(proposal({ ...base, motive: 'price' })).toMatchObject({ proposed: 'B', tieBreak: 'motive', motiveFamily: 'utilitarian' });
  });
  it('a motive that narrows the tie to several profiles falls back on the order among them', () => {
    // only level moderate: A, B, C all 0; D, E 3. Utilitarian motive keeps A and B, then order → A.
    const p = proposal({ level: 'moderate', motive: 'time' });
    expect(unitsOf(p)).toEqual({ A: 0, B: 0, C: 0, D: 3, E: 3 });
    expect(p).toMatchObject({ proposed: 'A', tied: ['A', 'B', 'C'], tieBreak: 'motive-then-order' });
    expect(proposal({ level: 'moderate', motive: 'access' }).ranking.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
  it('a motive that matches all or none of the tied profiles leaves the order to decide', () => {
    // only level high: D 0, E 0; A, B, C 3
    expect(proposal({ level: 'high', motive: 'experience' })).toMatchObject({ proposed: 'D', tied: ['D', 'E'], tieBreak: 'order' });
    expect(proposal({ level: 'high', motive: 'price' })).toMatchObject({ proposed: 'D', tied: ['D', 'E'], tieBreak: 'order' });
  });
});

describe('profiles that share a region (A inside B on the four characteristics)', () => {
  const alone: Answers = { level: 'moderate', participants: 'alone', repetition: 'one-off', freedom: 'low', motive: 'price' };

  it('the data declares the only overlapping pair, A and B, with duration as the separating question', () => {
    const byId = Object.fromEntries(profiles.map((profile) => [profile.id, profile]));
    const overlapping = PROFILE_IDS.flatMap((a, i) => PROFILE_IDS.slice(i + 1).filter((b) => regionsOverlap(byId[a]!, byId[b]!)).map((b) => `${a}${b}`));
    expect(overlapping).toEqual(['AB']);
    expect(separators).toEqual([{ between: ['A', 'B'], field: 'duration', sides: { A: ['short'], B: ['medium', 'long'] } }]);
    expect(inseparableProfiles(CONTENT.en.positions)).toEqual([]);
    expect(inseparableProfiles({ ...CONTENT.en.positions, separators: [] })).toEqual([
      'profiles.json: A and B overlap on the four characteristics and no separating question tells them apart',
    ]);
  });
  it('without the duration, says A and B cannot be told apart and asks for it', () => {
    const p = proposal(alone);
    expect(unitsOf(p)).toMatchObject({ A: 0, B: 0 });
    expect(p).toMatchObject({ proposed: 'A', tied: ['A', 'B'], tieBreak: 'order' });
    expect(p.separator).toEqual({ between: ['A', 'B'], field: 'duration', value: null, winner: null, resolved: false });
  });
  it('a short task keeps A; a medium or long effort keeps B (chapter 6: flat-pack takes longer)', () => {
    expect(proposal({ ...alone, duration: 'short' })).toMatchObject({ proposed: 'A', tieBreak: 'separator', separator: { winner: 'A' } });
    expect(proposal({ ...alone, duration: 'medium' })).toMatchObject({ proposed: 'B', tieBreak: 'separator', separator: { winner: 'B' } });
    const long = proposal({ ...alone, duration: 'long' });
    expect(long.ranking.map((score) => score.id)).toEqual(['B', 'A', 'C', 'D', 'E']);
  });
  it('the question is not asked when A and B are not both nearest', () => {
    // small group: B 0, A 2 units — no tie, nothing to ask
    expect(proposal({ ...alone, participants: 'small-group' })).toMatchObject({ proposed: 'B', tieBreak: 'none', separator: null });
  });
});

describe('property: a canonical input of each profile lands on that profile', () => {
  const byId = Object.fromEntries(profiles.map((profile) => [profile.id, profile]));
  /** Any value inside a profile's range on one characteristic. */
  const inside = (id: (typeof PROFILE_IDS)[number], characteristic: Characteristic) => {
    const range = byId[id]![characteristic];
    const scale = FIELD_SCALES[characteristic] as readonly string[];
    return fc.constantFrom(...scale.slice(ordinal(characteristic, range.from), ordinal(characteristic, range.to) + 1));
  };
  /** The separating answers that point to a profile (any duration when no question concerns it). */
  const duration = (id: string) => {
    const side = separators.find((separator) => separator.between.includes(id as never))?.sides[id];
    return fc.constantFrom(...(side ?? FIELD_SCALES.duration));
  };
  for (const id of PROFILE_IDS) {
    it(`profile ${id}`, () => {
      fc.assert(
        fc.property(
          inside(id, 'level'),
          inside(id, 'participants'),
          inside(id, 'repetition'),
          inside(id, 'freedom'),
          fc.option(fc.constantFrom(...FIELD_SCALES.motive), { nil: undefined }),
          duration(id),
          (level, participants, repetition, freedom, motive, dur) => {
            const answers = { level, participants, repetition, freedom, motive, duration: dur } as Answers;
            const p = proposal(answers);
            expect(p.proposed).toBe(id);
            expect(p.ranking[0]?.units).toBe(0);
          },
        ),
        { numRuns: 200 },
      );
    });
  }
});

describe('missing answers', () => {
  it('no characteristic answered → no proposal, even with a motive', () => {
    expect(propose({})).toEqual({ kind: 'none' });
    expect(propose({ motive: 'experience', complexity: 'high' })).toEqual({ kind: 'none' });
  });
  it('unanswered characteristics are ignored and the match is flagged partial', () => {
    // repeated only: E 0; A, B, C, D 6 each
    const p = proposal({ repetition: 'repeated' });
    expect(unitsOf(p)).toEqual({ A: 6, B: 6, C: 6, D: 6, E: 0 });
    expect(p).toMatchObject({ proposed: 'E', answered: 1, partial: true, tieBreak: 'none' });
    const e = p.ranking[0];
    expect(e?.comparisons.filter((c) => c.status === 'missing').map((c) => c.characteristic)).toEqual(['level', 'participants', 'freedom']);
    expect(e?.matched).toBe(1);
  });
  it('three of four answered is still partial', () => {
    // mass, one-off, low freedom; no level: C 0 · A participants 3×2 = 6 · B 2×2 = 4 · D 4 + freedom 6 = 10 · E 4 + 6 + 3 = 13
    const p = proposal({ participants: 'mass', repetition: 'one-off', freedom: 'low' });
    expect(unitsOf(p)).toEqual({ A: 6, B: 4, C: 0, D: 10, E: 13 });
    expect(p).toMatchObject({ proposed: 'C', answered: 3, partial: true });
  });
});

describe('overruling the proposal', () => {
  it('keeps the reader’s choice and says it differs from the proposal', () => {
    const data = exampleData('flat-pack', 'fr', CONTENT.fr);
    if (!data) throw new Error();
    const mine = evaluatePlan({ ...data, profile: { ...data.profile, override: 'D' } }, CONTENT.en);
    expect(mine).toMatchObject({ chosen: 'D', overruled: true });
    expect(mine.proposal).toMatchObject({ proposed: 'B' });
    const same = evaluatePlan({ ...data, profile: { ...data.profile, override: 'B' } }, CONTENT.en);
    expect(same).toMatchObject({ chosen: 'B', overruled: false });
  });
});
