import { describe, expect, it } from 'vitest';
import { segmentPositioningEn, segmentPositioningFr } from '../../../src/i18n/tools/segment-positioning/index';
import { ZONE_IDS, CONTROL_LEVERS, LEARNING_PATHS, PARTICIPATION_LEVELS } from '../../../src/lib/segment-positioning/index';

describe('segment-positioning dictionaries', () => {
  it('have the same keys, no empty string and the same placeholders', () => {
    expect(Object.keys(segmentPositioningEn).sort()).toEqual(Object.keys(segmentPositioningFr).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(segmentPositioningFr) as (keyof typeof segmentPositioningFr)[]) {
      expect(segmentPositioningFr[key].trim(), key).not.toBe('');
      expect(segmentPositioningEn[key].trim(), key).not.toBe('');
      expect(placeholders(segmentPositioningEn[key]), key).toEqual(placeholders(segmentPositioningFr[key]));
    }
  });
  it('name every zone, learning path, participation level and lever', () => {
    const keys = new Set(Object.keys(segmentPositioningFr));
    for (const zone of ZONE_IDS) {
      expect(keys.has(`zone.${zone}`)).toBe(true);
      expect(keys.has(`zone.short.${zone}`)).toBe(true);
    }
    for (const path of LEARNING_PATHS) expect(keys.has(`learning.${path}`)).toBe(true);
    for (const level of PARTICIPATION_LEVELS) expect(keys.has(`participation.${level}`)).toBe(true);
    for (const lever of CONTROL_LEVERS) expect(keys.has(`lever.${lever}`)).toBe(true);
  });
  it('say that the boundaries are this site’s reading and the learning-effort curve the method’s', () => {
    expect(segmentPositioningEn['explain.zones']).toContain('this site’s reading');
    expect(segmentPositioningFr['explain.zones']).toContain('lecture du site');
    expect(segmentPositioningEn['explain.effort']).toContain('the method holds');
    expect(segmentPositioningFr['explain.effort']).toContain('la méthode soutient');
  });
});
