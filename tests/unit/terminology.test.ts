import { describe, expect, it } from 'vitest';
import { FORBIDDEN_VARIANTS, findForbiddenVariants } from '../../src/lib/terminology';

describe('forbidden variants (one word per idea)', () => {
  it('are valid patterns in both languages, each naming the word to use', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(FORBIDDEN_VARIANTS[lang].length).toBeGreaterThan(5);
      for (const v of FORBIDDEN_VARIANTS[lang]) {
        expect(() => new RegExp(v.variant, 'giu')).not.toThrow();
        expect(v.use.length).toBeGreaterThan(3);
      }
    }
  });
  it('find a French variant whatever its case, and leave the headword alone', () => {
    expect(findForbiddenVariants('La Co-production et la co-conception', 'fr').map((f) => f.variant)).toEqual(['Co-production', 'co-conception']);
    expect(findForbiddenVariants('La coproduction, la coconception, la préconception', 'fr')).toEqual([]);
    expect(findForbiddenVariants('la délivrance du service ; délivrer une offre', 'fr').length).toBe(2);
  });
  it('match whole words only', () => {
    expect(findForbiddenVariants('pre-conception comes first', 'en')).toEqual([]);
    expect(findForbiddenVariants('a preconception about customers', 'en').map((f) => f.variant)).toEqual(['preconception']);
    expect(findForbiddenVariants('the firm’s discourse', 'en')[0]?.use).toBe('communication');
    expect(findForbiddenVariants('un kit co-productif', 'fr').length).toBe(1);
  });
});
