import { describe, expect, it } from 'vitest';
import { checkLinks, extractIds, extractLinks, pagesWithoutIcon, resolveTarget } from '../../src/lib/link-check';

const site = (pages: Record<string, string>, extra: string[] = []) => ({
  files: new Set([...Object.keys(pages), ...extra]),
  html: new Map(Object.entries(pages)),
});

describe('link checker', () => {
  it('extracts links but not canonical/alternate, and ids', () => {
    const html = '<link rel="canonical" href="https://x/"><a href="/fr/">a</a><script src="/a.js"></script><h2 id="b&amp;c">';
    expect(extractLinks(html).map((l) => l.url)).toEqual(['/fr/', '/a.js']);
    expect([...extractIds(html)]).toEqual(['b&c']);
  });
  it('resolves directory paths to index.html within the base', () => {
    const files = new Set(['/fr/index.html', '/a.js']);
    expect(resolveTarget('/km/fr/', '/km/', files)).toBe('/fr/index.html');
    expect(resolveTarget('/km/a.js', '/km', files)).toBe('/a.js');
    expect(resolveTarget('/fr/', '/km/', files)).toBeUndefined();
    expect(resolveTarget('/km/en/', '/km/', files)).toBeUndefined();
  });
  it('accepts a consistent site under a sub-path base', () => {
    const s = site({
      '/fr/index.html': '<a href="/km/fr/methode/x/#deux">x</a><a href="methode/x/">rel</a><a href="#top">t</a><p id="top">',
      '/fr/methode/x/index.html': '<h2 id="deux">2</h2><a href="../../">up</a><a href="https://example.org/">ext</a>',
    });
    expect(checkLinks(s, '/km/')).toEqual([]);
  });
  it('takes name=value fragments (a shared result, a worked scenario) as parameters, not anchors', () => {
    const s = site({
      '/fr/index.html': '<a href="/km/fr/outils/x/#r=1.abc-_">a</a><a href="/km/fr/outils/y/#r=1.abc">b</a>',
      '/fr/outils/x/index.html': '<h1>x</h1>',
    });
    expect(checkLinks(s, '/km/').map((b) => `${b.href} ${b.reason}`)).toEqual(['/km/fr/outils/y/#r=1.abc no such page or file']);
  });
  it('reports missing pages, missing anchors and links that ignore the base', () => {
    const s = site({
      '/fr/index.html': '<a href="/km/fr/nope/">a</a><a href="/km/fr/#missing">b</a><a href="/fr/">c</a><a href="#gone">d</a>',
    });
    expect(checkLinks(s, '/km/').map((b) => b.reason)).toEqual([
      'no such page or file',
      'no element with id "missing" on /fr/index.html',
      'outside the base /km/',
      'no element with id "gone" on /fr/index.html',
    ]);
  });
  it('lists the pages that declare no icon, unless the site has /favicon.ico', () => {
    const pages = {
      '/fr/index.html': '<head><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>',
      '/fr/old/index.html': '<head><meta http-equiv="refresh" content="0; url=/fr/"></head>',
      '/index.html': '<head><link rel="shortcut icon" href="/x.png"></head>',
    };
    expect(pagesWithoutIcon(site(pages))).toEqual(['/fr/old/index.html']);
    expect(pagesWithoutIcon(site(pages, ['/favicon.ico']))).toEqual([]);
  });
});
