/**
 * The built pages (dist/), in words and typography: no page uses a forbidden variant of a
 * glossary word (src/lib/terminology.ts), and every French page has its narrow no-break spaces and
 * its ’ (src/lib/typography/french.ts, applied at build). Run after `astro build`; `npm test` does.
 */
import { describe, expect, it } from 'vitest';
import { findForbiddenVariants } from '../../src/lib/terminology';
import { frenchTypographyFaults, visibleText } from '../../src/lib/typography/french';
import { builtPages } from './built-pages';

const pages = builtPages();

describe('built pages', () => {
  it('are there in both languages', () => {
    expect(pages.filter((p) => p.lang === 'fr').length).toBeGreaterThan(10);
    expect(pages.filter((p) => p.lang === 'en').length).toBeGreaterThan(10);
  });
});

describe('one word per idea: no forbidden variant on any built page', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang} pages`, () => {
      const faults = pages
        .filter((p) => p.lang === lang)
        .flatMap((p) => findForbiddenVariants(visibleText(p.html, { withIslands: true, alsoSkip: ['cite'] }), lang).map((f) => `${p.path}: « ${f.variant} » in “${f.excerpt}” — use ${f.use}`));
      expect(faults).toEqual([]);
    });
  }
});

describe('French typography on the built French pages', () => {
  it('has no plain space before ; : ! ? » or after «, and no straight apostrophe', () => {
    const faults = pages.filter((p) => p.lang === 'fr').flatMap((p) => frenchTypographyFaults(p.html).map((f) => `${p.path}: ${f}`));
    expect(faults).toEqual([]);
  });
});
