/**
 * The control-mix interpreter (base + additive effects, clamped 0–100) and each rule of
 * rules.json, with and without its condition. Accompaniment and configuration start at 40, sanction at 30.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampEmphasis,
  computeEmphasis,
  conditionFields,
  conditionHolds,
  emphasisBand,
  evaluatePlan,
  exampleData,
  leversByEmphasis,
  type Answers,
  type Condition,
  type RulesDocument,
} from '../../../src/lib/participation-planner/index';
import { FIELD_SCALES } from '../../../src/lib/participation-planner/scales';
import { CONTENT } from './planner-content';

const RULES = CONTENT.en.rules;
const mix = (answers: Answers) => {
  const result = computeEmphasis(RULES, answers);
  return {
    accompaniment: result.levers.accompaniment.value,
    sanction: result.levers.sanction.value,
    configuration: result.levers.configuration.value,
    fired: result.fired.map((rule) => rule.id),
  };
};

describe('interpreter', () => {
  const doc: RulesDocument = {
    base: { accompaniment: 40, sanction: 50, configuration: 95 },
    rules: [
      { id: 'up', when: { op: 'in', field: 'level', values: ['high'] }, effects: { accompaniment: 30, configuration: 20 } },
      { id: 'down', when: { op: 'in', field: 'repetition', values: ['one-off'] }, effects: { sanction: -60 } },
      {
        id: 'either',
        when: { op: 'any', of: [{ op: 'in', field: 'freedom', values: ['high'] }, { op: 'in', field: 'stakes', values: ['high'] }] },
        effects: { accompaniment: 5 },
      },
    ],
  };

  it('starts every lever at its base value when nothing fires', () => {
    const result = computeEmphasis(doc, {});
    expect(result.fired).toEqual([]);
    expect(result.levers.accompaniment).toMatchObject({ base: 40, raw: 40, value: 40, clamped: false, contributions: [] });
    expect(result.levers.configuration.value).toBe(95);
  });

  it('adds effects and clamps to 0–100, keeping the raw sum', () => {
    // accompaniment 40 + 30 + 5 = 75 · sanction 50 − 60 = −10 → 0 · configuration 95 + 20 = 115 → 100
    const result = computeEmphasis(doc, { level: 'high', repetition: 'one-off', stakes: 'high' });
    expect(result.fired.map((rule) => rule.id)).toEqual(['up', 'down', 'either']);
    expect(result.levers.accompaniment).toMatchObject({ raw: 75, value: 75, clamped: false });
    expect(result.levers.accompaniment.contributions).toEqual([
      { ruleId: 'up', delta: 30 },
      { ruleId: 'either', delta: 5 },
    ]);
    expect(result.levers.sanction).toMatchObject({ raw: -10, value: 0, clamped: true });
    expect(result.levers.configuration).toMatchObject({ raw: 115, value: 100, clamped: true });
  });

  it('gives the same result whatever the order of the rules', () => {
    const answers: Answers = { level: 'high', repetition: 'one-off', freedom: 'high' };
    const reversed = computeEmphasis({ ...doc, rules: [...doc.rules].reverse() }, answers);
    const straight = computeEmphasis(doc, answers);
    for (const lever of ['accompaniment', 'sanction', 'configuration'] as const) {
      expect(reversed.levers[lever].value).toBe(straight.levers[lever].value);
    }
  });

  it('never fires on a missing answer, and lists the missing fields of idle rules', () => {
    expect(conditionHolds({ op: 'in', field: 'level', values: ['high'] }, {})).toBe(false);
    expect(conditionHolds({ op: 'all', of: [{ op: 'in', field: 'level', values: ['high'] }, { op: 'in', field: 'stakes', values: ['high'] }] }, { level: 'high' })).toBe(false);
    expect(conditionHolds({ op: 'any', of: [{ op: 'in', field: 'level', values: ['high'] }, { op: 'in', field: 'stakes', values: ['high'] }] }, { level: 'high' })).toBe(true);
    const result = computeEmphasis(doc, { level: 'low' });
    expect(result.idle.map((idle) => [idle.rule.id, idle.missing])).toEqual([
      ['up', []],
      ['down', ['repetition']],
      ['either', ['freedom', 'stakes']],
    ]);
    expect(conditionFields(doc.rules[2]!.when)).toEqual(['freedom', 'stakes']);
  });

  it('clamps and names the emphasis bands (light < 35 ≤ moderate < 65 ≤ strong)', () => {
    expect(clampEmphasis(-5)).toBe(0);
    expect(clampEmphasis(105)).toBe(100);
    expect(emphasisBand(34)).toBe('light');
    expect(emphasisBand(35)).toBe('moderate');
    expect(emphasisBand(64)).toBe('moderate');
    expect(emphasisBand(65)).toBe('strong');
  });

  it('sorts levers by emphasis, keeping the chapter’s order on ties', () => {
    const tie = computeEmphasis({ base: { accompaniment: 40, sanction: 40, configuration: 40 }, rules: [] }, {});
    expect(leversByEmphasis(tie.levers).map((l) => l.lever)).toEqual(['accompaniment', 'sanction', 'configuration']);
    const concert = computeEmphasis(RULES, { participants: 'mass', repetition: 'one-off', stakes: 'high', deviance: 'moderate' });
    // 55 / 30 / 65 (see the concert example below)
    expect(leversByEmphasis(concert.levers).map((l) => l.lever)).toEqual(['configuration', 'accompaniment', 'sanction']);
  });
});

describe('rules.json, one rule at a time (base 40 / 30 / 40)', () => {
  it('starts accompaniment and configuration at 40 and sanction lower, at 30 (sanction as a last resort)', () => {
    expect(RULES.base).toEqual({ accompaniment: 40, sanction: 30, configuration: 40 });
    expect(mix({})).toEqual({ accompaniment: 40, sanction: 30, configuration: 40, fired: [] });
  });

  /** For each rule: answers where it fires, and the same answers with its condition broken. */
  const cases: Record<string, { with: Answers; without: Answers; expectWith: [number, number, number]; expectWithout: [number, number, number] }> = {
    // Chapter 7, rule 1: +30 accompaniment, −10 sanction. High complexity and innovation also fire
    // complex-task and new-offer (+10 accompaniment each) on both sides; intermediate knowledge breaks rule 1.
    'novice-complex-innovative': {
      with: { complexity: 'high', innovation: 'high', knowledge: 'novice' },
      without: { complexity: 'high', innovation: 'high', knowledge: 'intermediate' },
      expectWith: [90, 20, 40], // 40 + 30 + 10 + 10 · 30 − 10 · 40
      expectWithout: [60, 30, 40], // 40 + 10 + 10 · 30 · 40
    },
    // Chapter 7, rule 2: +30 configuration. Mass and one-off also fire many-participants (+10
    // configuration) and one-off-sanction (−15 sanction) on both sides, so the difference is rule 2 alone.
    'freedom-crowd-one-off': {
      with: { freedom: 'high', participants: 'mass', repetition: 'one-off' },
      without: { freedom: 'moderate', participants: 'mass', repetition: 'one-off' },
      expectWith: [40, 15, 80], // 40 · 30 − 15 · 40 + 30 + 10
      expectWithout: [40, 15, 50], // 40 · 30 − 15 · 40 + 10
    },
    // Chapter 7, rule 3: +15 sanction, only for many participants who come back (a community);
    // a small group that comes back (a family at home) is not one (see below). A large group also
    // fires many-participants (+10 configuration) on both sides; repetition unanswered breaks rule 3.
    'repeated-community': {
      with: { repetition: 'repeated', participants: 'large-group' },
      without: { participants: 'large-group' },
      expectWith: [40, 45, 50], // 40 · 30 + 15 · 40 + 10
      expectWithout: [40, 30, 50],
    },
    // Chapter 7, rule 4: +15 on each lever
    'stakes-deviance': {
      with: { stakes: 'high', deviance: 'moderate' },
      without: { stakes: 'moderate', deviance: 'moderate' },
      expectWith: [55, 45, 55],
      expectWithout: [40, 30, 40],
    },
    'high-participation': {
      with: { level: 'high' },
      without: { level: 'moderate' },
      expectWith: [50, 30, 40],
      expectWithout: [40, 30, 40],
    },
    'many-participants': {
      with: { participants: 'large-group' },
      without: { participants: 'small-group' },
      expectWith: [40, 30, 50],
      expectWithout: [40, 30, 40],
    },
    'one-off-sanction': {
      with: { repetition: 'one-off' },
      without: { repetition: 'repeated' },
      expectWith: [40, 15, 40],
      expectWithout: [40, 30, 40],
    },
    'unfamiliar-task': {
      with: { culture: 'unusual' },
      without: { culture: 'partly-familiar' },
      expectWith: [50, 30, 40],
      expectWithout: [40, 30, 40],
    },
    'long-effort': {
      with: { duration: 'long' },
      without: { duration: 'medium' },
      expectWith: [50, 30, 40],
      expectWithout: [40, 30, 40],
    },
    'expert-customers': {
      with: { knowledge: 'expert' },
      without: { knowledge: 'intermediate' },
      expectWith: [30, 30, 40],
      expectWithout: [40, 30, 40],
    },
    'high-deviance': {
      with: { deviance: 'high' },
      without: { deviance: 'moderate' },
      expectWith: [40, 40, 50],
      expectWithout: [40, 30, 40],
    },
    'complex-task': {
      with: { complexity: 'high' },
      without: { complexity: 'moderate' },
      expectWith: [50, 30, 40],
      expectWithout: [40, 30, 40],
    },
    'new-offer': {
      with: { innovation: 'high' },
      without: { innovation: 'moderate' },
      expectWith: [50, 30, 40],
      expectWithout: [40, 30, 40],
    },
    'marked-out-route': {
      with: { freedom: 'low' },
      without: { freedom: 'moderate' },
      expectWith: [40, 30, 50],
      expectWithout: [40, 30, 40],
    },
    // Expert customers also fire expert-customers (−10 accompaniment) on both sides.
    'expert-wide-freedom': {
      with: { knowledge: 'expert', freedom: 'high' },
      without: { knowledge: 'expert', freedom: 'moderate' },
      expectWith: [30, 30, 50],
      expectWithout: [30, 30, 40],
    },
    'novice-wide-freedom': {
      with: { knowledge: 'novice', freedom: 'high' },
      without: { knowledge: 'novice', freedom: 'moderate' },
      expectWith: [50, 30, 50],
      expectWithout: [40, 30, 40],
    },
  };
  it('has a with/without case for every rule of the file', () => {
    expect(Object.keys(cases).sort()).toEqual(RULES.rules.map((rule) => rule.id).sort());
  });

  for (const rule of RULES.rules) {
    it(`${rule.id}: fires with its condition, not without it`, () => {
      const c = cases[rule.id];
      if (!c) throw new Error(`no case for ${rule.id}`);
      const on = mix(c.with);
      const off = mix(c.without);
      expect(on.fired).toContain(rule.id);
      expect(off.fired).not.toContain(rule.id);
      expect([on.accompaniment, on.sanction, on.configuration]).toEqual(c.expectWith);
      expect([off.accompaniment, off.sanction, off.configuration]).toEqual(c.expectWithout);
      // The difference is exactly the rule's stated effect (nothing was clamped in these cases).
      expect(on.accompaniment - off.accompaniment).toBe(rule.effects.accompaniment ?? 0);
      expect(on.sanction - off.sanction).toBe(rule.effects.sanction ?? 0);
      expect(on.configuration - off.configuration).toBe(rule.effects.configuration ?? 0);
    });
  }

  it('a small group that comes back is not a community: rule 3 stays silent', () => {
    expect(mix({ repetition: 'repeated', participants: 'small-group' })).toEqual({ accompaniment: 40, sanction: 30, configuration: 40, fired: [] });
  });

  it('the four chapter rules are numbered 1 to 4 and come first', () => {
    expect(RULES.rules.slice(0, 4).map((rule) => rule.chapterRule)).toEqual([1, 2, 3, 4]);
    expect(RULES.rules.slice(4).every((rule) => rule.chapterRule === null)).toBe(true);
  });
});

describe('control mix of the worked examples', () => {
  const ex = (id: string) => {
    const data = exampleData(id, 'en', CONTENT.en);
    if (!data) throw new Error(id);
    const { emphasis } = evaluatePlan(data, CONTENT.en);
    return {
      values: [emphasis.levers.accompaniment.value, emphasis.levers.sanction.value, emphasis.levers.configuration.value],
      fired: emphasis.fired.map((rule) => rule.id),
      clamped: emphasis.levers.accompaniment.clamped,
    };
  };
  it('self-service checkout: 40 / 25 / 60, configuration dominates (chapter 11, case 4)', () => {
    // one-off −15 sanction; high deviance +10 sanction +10 configuration; low freedom +10 configuration
    expect(ex('self-checkout')).toEqual({ values: [40, 25, 60], fired: ['one-off-sanction', 'high-deviance', 'marked-out-route'], clamped: false });
  });
  it('flat-pack furniture: deviance is its main risk, 40 / 25 / 60, configuration first (chapter 11, case 3)', () => {
    expect(exampleData('flat-pack', 'en', CONTENT.en)?.readiness.deviance).toBe('high');
    expect(ex('flat-pack')).toEqual({ values: [40, 25, 60], fired: ['one-off-sanction', 'high-deviance', 'marked-out-route'], clamped: false });
  });
  it('a concert: 55 / 30 / 65', () => {
    // stakes-deviance +15 each; many participants +10 configuration; one-off −15 sanction
    expect(ex('concert')).toEqual({ values: [55, 30, 65], fired: ['stakes-deviance', 'many-participants', 'one-off-sanction'], clamped: false });
  });
  it('a cake mix: 60 / 15 / 50', () => {
    // high level +10 acc; one-off −15 sanction; novice + wide freedom +10 acc +10 configuration
    expect(ex('cake-mix')).toEqual({ values: [60, 15, 50], fired: ['high-participation', 'one-off-sanction', 'novice-wide-freedom'], clamped: false });
  });
  it('a board-game club: 50 / 30 / 40, sanction not the strongest (a small group is not a community)', () => {
    expect(ex('board-game-club')).toEqual({ values: [50, 30, 40], fired: ['high-participation'], clamped: false });
  });
  it('a weight-loss programme: accompaniment clamped at 100, 45, 65', () => {
    // acc 40 + 30 + 15 + 10 + 10 + 10 + 10 = 125 → 100 · sanction 30 − 10 + 15 + 10 = 45 · configuration 40 + 15 + 10 = 65
    expect(ex('weight-loss')).toEqual({
      values: [100, 45, 65],
      fired: ['novice-complex-innovative', 'stakes-deviance', 'high-participation', 'long-effort', 'high-deviance', 'complex-task', 'new-offer'],
      clamped: true,
    });
  });
});

describe('property: sanction is never the strongest lever', () => {
  const RULE_FIELDS = [...new Set(RULES.rules.flatMap((rule) => conditionFields(rule.when)))];
  const check = (answers: Answers): void => {
    const m = mix(answers);
    if (!(m.sanction < m.configuration)) throw new Error(`sanction ${m.sanction} ≥ configuration ${m.configuration} for ${JSON.stringify(answers)}`);
  };
  /** Leaves of every rule's condition: the values each rule tests, field by field. */
  const leaves = (condition: Condition): { field: string; values: readonly string[] }[] =>
    condition.op === 'in' ? [condition] : condition.of.flatMap(leaves);
  const LEAVES = RULES.rules.flatMap((rule) => leaves(rule.when));
  /**
   * One value per class of values that every rule treats alike (e.g. "alone" and "small group"
   * fire the same rules): enumerating these covers every combination of full answers.
   */
  const representatives = (field: (typeof RULE_FIELDS)[number]): string[] => {
    const seen = new Map<string, string>();
    for (const value of FIELD_SCALES[field]) {
      const signature = LEAVES.filter((leaf) => leaf.field === field).map((leaf) => leaf.values.includes(value)).join();
      if (!seen.has(signature)) seen.set(signature, value);
    }
    return [...seen.values()];
  };
  it('over every combination of full answers to the fields the rules read, sanction stays below configuration', () => {
    let combinations = 0;
    const walk = (index: number, answers: Answers): void => {
      if (index === RULE_FIELDS.length) {
        combinations += 1;
        check(answers);
        return;
      }
      const field = RULE_FIELDS[index]!;
      for (const value of representatives(field)) walk(index + 1, { ...answers, [field]: value });
    };
    walk(0, {});
    // 11 fields; three keep three classes (freedom, knowledge, deviance), the eight others two
    expect(RULE_FIELDS.length).toBe(11);
    expect(representatives('participants')).toEqual(['alone', 'large-group']);
    expect(representatives('freedom')).toEqual(['low', 'moderate', 'high']);
    expect(combinations).toBe(3 ** 3 * 2 ** 8);
  });
  it('and with any answers left out', () => {
    const answer = (field: (typeof RULE_FIELDS)[number]) => fc.option(fc.constantFrom(...FIELD_SCALES[field]), { nil: undefined });
    const record = Object.fromEntries(RULE_FIELDS.map((field) => [field, answer(field)]));
    fc.assert(
      fc.property(fc.record(record), (raw) => {
        const answers = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)) as Answers;
        check(answers);
      }),
      { numRuns: 3000 },
    );
  });
});
