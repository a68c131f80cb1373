/**
 * The strategy chosen for each zone, and the chapters it links to (that each section exists in the
 * rendered chapters of both languages is tests/unit/section-links.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  SECTION_IDS,
  SECTION_REFS,
  STRATEGY_IDS,
  STRATEGY_RULES,
  strategyById,
  strategyFor,
  ZONE_IDS,
  zoneOf,
} from '../../../src/lib/segment-positioning/index';

describe('strategy per zone', () => {
  it('involved + intermediate: the method’s target — co-creation, both strands, high participation, learning both ways', () => {
    const rule = strategyFor(zoneOf({ knowledge: 5, involvement: 7 }));
    expect(rule).toMatchObject({
      id: 'co-create',
      basis: 'method',
      learning: ['process', 'content'],
      direction: 'both',
      participation: 'high',
      levers: ['accompaniment', 'configuration'],
    });
  });
  it('involved novices: support first steps — process first, moderate participation, accompaniment first', () => {
    expect(strategyFor(zoneOf({ knowledge: 3.49, involvement: 5 }))).toMatchObject({
      id: 'support-first-steps',
      basis: 'site-reading',
      learning: ['process'],
      direction: 'to',
      participation: 'moderate',
      levers: ['accompaniment', 'configuration'],
    });
  });
  it('involved experts: learn from them — little learning asked, contributor role, configuration and rules', () => {
    expect(strategyFor(zoneOf({ knowledge: 7, involvement: 10 }))).toMatchObject({
      id: 'learn-from-experts',
      basis: 'site-reading',
      learning: ['content'],
      direction: 'from',
      participation: 'high',
      levers: ['configuration', 'sanction'],
    });
  });
  it('low involvement, whatever the knowledge: simple offer, low participation, configuration first', () => {
    expect(strategyFor(zoneOf({ knowledge: 0, involvement: 0 }))).toMatchObject({
      id: 'keep-it-simple',
      learning: ['process'],
      participation: 'low',
      levers: ['configuration', 'accompaniment'],
    });
    expect(strategyFor(zoneOf({ knowledge: 3.5, involvement: 4.99 }))).toMatchObject({
      id: 'raise-interest',
      learning: ['content'],
      participation: 'low',
      levers: ['configuration'],
    });
    expect(strategyFor(zoneOf({ knowledge: 10, involvement: 4.99 }))).toMatchObject({
      id: 'respect-autonomy',
      learning: ['content'],
      direction: 'from',
      participation: 'low',
      levers: ['configuration'],
    });
    for (const zone of ['low-novice', 'low-intermediate', 'low-expert'] as const) {
      expect(strategyFor(zone).basis).toBe('site-reading');
      expect(strategyFor(zone).sections).toContain('resisting');
    }
  });
  it('has one distinct strategy per zone, found back by id, and only the target zone rests on the method', () => {
    const ids = ZONE_IDS.map((zone) => strategyFor(zone).id);
    expect([...ids].sort()).toEqual([...STRATEGY_IDS].sort());
    for (const zone of ZONE_IDS) {
      expect(STRATEGY_RULES[zone].zone).toBe(zone);
      expect(strategyById(strategyFor(zone).id).zone).toBe(zone);
    }
    expect(ZONE_IDS.filter((zone) => strategyFor(zone).basis === 'method')).toEqual(['high-intermediate']);
  });
  it('every strategy names a learning path, participation level and control lever, and links to the programme step', () => {
    for (const zone of ZONE_IDS) {
      const rule = strategyFor(zone);
      expect(rule.learning.length).toBeGreaterThan(0);
      expect(rule.levers.length).toBeGreaterThan(0);
      expect(rule.sections).toContain('programme-step');
      for (const section of rule.sections) expect(SECTION_IDS).toContain(section);
    }
  });
  it('refuses an unknown strategy id', () => {
    expect(() => strategyById('nope' as never)).toThrow();
  });
});

describe('chapter sections the tool links to (that they resolve: section-links.test.ts)', () => {
  it('cover the four chapters the tool builds on', () => {
    expect(new Set(SECTION_IDS.map((id) => SECTION_REFS[id].chapter))).toEqual(
      new Set(['involvement-knowledge', 'customer-participation', 'managing-participation', 'programme']),
    );
  });
});
