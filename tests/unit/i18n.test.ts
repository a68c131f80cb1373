import { describe, expect, it } from 'vitest';
import { isLang, otherLang, pickLang } from '../../src/lib/i18n-core';
import { fr } from '../../src/i18n/fr';
import { en } from '../../src/i18n/en';
import { useTranslations } from '../../src/i18n';
import { format } from '../../src/lib/format';

describe('language helpers', () => {
  it('picks the first supported browser language, French when unsure', () => {
    expect(pickLang(['en-GB', 'fr'])).toBe('en');
    expect(pickLang(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLang(['de', 'it'])).toBe('fr');
    expect(pickLang([])).toBe('fr');
    expect(pickLang(['EN_us'])).toBe('en');
  });
  it('knows the two languages', () => {
    expect(isLang('fr')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(otherLang('fr')).toBe('en');
    expect(otherLang('en')).toBe('fr');
  });
});

describe('UI dictionaries', () => {
  it('have exactly the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
  it('have no empty string and the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(fr[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });
  it('translates with parameters', () => {
    expect(useTranslations('fr')('chapter.label', { n: 3 })).toBe('Chapitre 3');
    expect(useTranslations('en')('chapter.readingTime', { n: 7 })).toBe('7 min read');
  });
});

describe('format', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(format('no params')).toBe('no params');
    expect(format('{x}{x}', { x: 'y' })).toBe('yy');
  });
});
