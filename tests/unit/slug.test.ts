import { describe, expect, it } from 'vitest';
import { createSlugger, slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it('folds accents and French punctuation into readable ASCII', () => {
    expect(slugify('Quand le client participe-t-il ?')).toBe('quand-le-client-participe-t-il');
    expect(slugify('Les bénéfices relationnels')).toBe('les-benefices-relationnels');
    expect(slugify('L’apprentissage « du » client')).toBe('l-apprentissage-du-client');
    expect(slugify('Cœur de cible : 3 leviers')).toBe('coeur-de-cible-3-leviers');
    expect(slugify('CRM vs. knowledge management')).toBe('crm-vs-knowledge-management');
    expect(slugify('  --  ')).toBe('');
  });
  it('keeps ids unique within a page', () => {
    const s = createSlugger();
    expect(s('Exemples')).toBe('exemples');
    expect(s('Exemples')).toBe('exemples-2');
    expect(s('Exemples')).toBe('exemples-3');
    expect(s('?')).toBe('section');
  });
});
