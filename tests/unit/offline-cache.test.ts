import { describe, expect, it } from 'vitest';
import { MAX_KEEP_URLS, astroAssetsOf, cacheKeyFor, cacheName, keepableUrls, offlinePathFor, searchFilesOf, staleCaches, strategyFor } from '../../src/lib/offline-cache';

const get = (url: string) => ({ url, method: 'GET' });

describe('strategyFor', () => {
  for (const scope of ['https://km.example/', 'https://km.example/intranet/km/']) {
    const at = (path: string) => new URL(path.slice(1), scope).href;
    it(`answers pages, assets, the index and other files inside ${scope}`, () => {
      expect(strategyFor(get(at('/fr/methode/le-knowledge-marketing/')), scope)).toBe('network-first');
      expect(strategyFor(get(at('/en/tools/maturity-audit/')), scope)).toBe('network-first');
      expect(strategyFor(get(at('/404.html')), scope)).toBe('network-first');
      expect(strategyFor(get(scope), scope)).toBe('network-first');
      expect(strategyFor(get(at('/_astro/client.CzWaolnw.js')), scope)).toBe('cache-first');
      expect(strategyFor(get(at('/pagefind/pagefind.js')), scope)).toBe('stale-while-revalidate');
      expect(strategyFor(get(at('/pagefind/fragment/en_1a2b.pf_fragment')), scope)).toBe('stale-while-revalidate');
      expect(strategyFor(get(at('/favicon.svg')), scope)).toBe('network-first');
      expect(strategyFor(get(at('/src/components/scripts/toc.ts?v=1')), scope)).toBe('network-first');
    });
    it(`leaves the worker file, other methods and other origins to the browser (${scope})`, () => {
      expect(strategyFor(get(at('/sw.js')), scope)).toBeNull();
      expect(strategyFor({ url: at('/fr/'), method: 'POST' }, scope)).toBeNull();
      expect(strategyFor(get('https://cdn.example/_astro/x.js'), scope)).toBeNull();
      expect(strategyFor(get('http://km.example/fr/'), scope)).toBeNull();
      expect(strategyFor(get('not a url'), scope)).toBeNull();
    });
  }

  it('ignores what lies outside a sub-path scope', () => {
    const scope = 'https://km.example/intranet/km/';
    expect(strategyFor(get('https://km.example/intranet/other/fr/'), scope)).toBeNull();
    expect(strategyFor(get('https://km.example/_astro/x.js'), scope)).toBeNull();
    expect(strategyFor(get('https://km.example/intranet/km/sw.js'), scope)).toBeNull();
  });
});

describe('caches', () => {
  it('names one cache per build and finds the caches of earlier builds only', () => {
    const current = cacheName('b2');
    expect(current).toBe('kmm-offline-b2');
    expect(staleCaches(['kmm-offline-b1', current, 'kmm-offline-b0', 'someone-else'], current)).toEqual(['kmm-offline-b1', 'kmm-offline-b0']);
  });
});

describe('keepableUrls', () => {
  const scope = 'https://km.example/km/';
  it('keeps only URLs the worker answers, without fragment, once each', () => {
    expect(
      keepableUrls(
        [
          'https://km.example/km/en/tools/maturity-audit/#r=1.abc',
          'https://km.example/km/en/tools/maturity-audit/',
          'https://km.example/km/_astro/a.js',
          'https://km.example/km/sw.js',
          'https://elsewhere.example/km/_astro/a.js',
          42,
          null,
        ],
        scope,
      ),
    ).toEqual(['https://km.example/km/en/tools/maturity-audit/', 'https://km.example/km/_astro/a.js']);
  });
  it('refuses anything but a list and caps its length', () => {
    expect(keepableUrls('https://km.example/km/fr/', scope)).toEqual([]);
    expect(keepableUrls(undefined, scope)).toEqual([]);
    const many = Array.from({ length: MAX_KEEP_URLS + 50 }, (_, i) => `https://km.example/km/_astro/f${i}.js`);
    expect(keepableUrls(many, scope)).toHaveLength(MAX_KEEP_URLS);
  });
});

describe('astroAssetsOf', () => {
  it('lists the /_astro/ files a page links to, whatever the base', () => {
    const html = `<link rel="stylesheet" href="/km/_astro/BaseLayout.x1.css"><script type="module" src="/km/_astro/Search.y2.js"></script>
      <script type="module" src="/_astro/Search.y2.js"></script><a href="/km/fr/">home</a><link rel="icon" href="/km/favicon.svg">`;
    expect(astroAssetsOf(html)).toEqual(['_astro/BaseLayout.x1.css', '_astro/Search.y2.js']);
  });
});

describe('search offline', () => {
  const scope = 'https://km.example/intranet/km/';
  it('answers the search entry network first and keeps it without its changing query string', () => {
    const entry = `${scope}pagefind/pagefind-entry.json`;
    expect(strategyFor(get(`${entry}?ts=1733220000000`), scope)).toBe('network-first');
    expect(cacheKeyFor(`${entry}?ts=1733220000000`, scope)).toBe(entry);
    expect(cacheKeyFor(`${entry}?ts=2`, scope)).toBe(cacheKeyFor(`${entry}?ts=3`, scope));
    expect(cacheKeyFor(`${scope}fr/?q=1`, scope)).toBe(`${scope}fr/?q=1`);
    expect(cacheKeyFor('https://other.example/intranet/km/pagefind/pagefind-entry.json?ts=1', scope)).toBe('https://other.example/intranet/km/pagefind/pagefind-entry.json?ts=1');
  });
  it('keeps every file a search needs, not the ready-made UIs', () => {
    expect(
      searchFilesOf([
        'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css',
        'pagefind/pagefind-component-ui.js', 'pagefind/pagefind-modular-ui.css', 'pagefind/pagefind-highlight.js', 'pagefind/wasm.en.pagefind',
        'pagefind/pagefind.fr_5f62.pf_meta', 'pagefind/index/en_1.pf_index', 'pagefind/fragment/fr_2.pf_fragment', 'fr/index.html',
      ]),
    ).toEqual(['pagefind/fragment/fr_2.pf_fragment', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind-worker.js', 'pagefind/pagefind.fr_5f62.pf_meta', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind']);
  });
  it('shows English readers the English offline page', () => {
    expect(offlinePathFor(`${scope}en/method/knowledge-marketing/`, scope)).toBe('en/offline/');
    expect(offlinePathFor(`${scope}fr/methode/le-knowledge-marketing/`, scope)).toBe('offline/');
    expect(offlinePathFor(scope, scope)).toBe('offline/');
    expect(offlinePathFor('https://km.example/en/x/', scope)).toBe('offline/');
  });
});
