/**
 * Decisions of the offline service worker (src/service-worker/sw.ts), kept pure so they can be
 * unit-tested: which requests it answers and how, which caches are out of date, which URLs a page
 * may ask it to keep. Every path is relative to the worker's scope, which is the site's base
 * ("/" or a sub-path such as "/intranet/km/"), so one worker file serves any base.
 */

/** Every cache of the worker starts with this; one cache per build, named by its build id. */
export const CACHE_PREFIX = 'kmm-offline-';
/** The page shown for a page never opened on this device when the network is down (src/pages/offline.astro). */
export const OFFLINE_PATH = 'offline/';
/** The worker's own file, at the root of the scope. */
export const WORKER_PATH = 'sw.js';
/**
 * The search index's entry file. Pagefind asks for it with a query string that changes on every
 * load (?ts=…), so the worker answers it network first and keeps and finds its copy under the
 * address without the query: a search works offline once the index was fetched.
 */
export const SEARCH_ENTRY = 'pagefind/pagefind-entry.json';
/** The offline page in English, for pages under en/ (the French one is OFFLINE_PATH). */
export const OFFLINE_PATH_EN = 'en/offline/';
/** A page may ask the worker to keep at most this many URLs at once (its own page and what it loaded). */
export const MAX_KEEP_URLS = 150;

export type Strategy = 'network-first' | 'cache-first' | 'stale-while-revalidate';

export function cacheName(buildId: string): string {
  return `${CACHE_PREFIX}${buildId}`;
}

/** Caches of earlier builds of this worker, to delete once the new one is active; other caches are left alone. */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== current);
}

/**
 * How the worker answers a request, or null to leave it to the browser (other origins, outside
 * the scope, anything but GET, the worker file itself):
 * - /_astro/ files: their names carry a content hash, so a cached copy is always right;
 * - the Pagefind index: the copy at once, refreshed in the background (its entry files keep their names);
 * - pages and anything else (the icon): network first, so a connected reader always gets the
 *   current edition (and `astro dev` modules are never served stale), then the copy.
 */
export function strategyFor(request: { url: string; method: string }, scope: string): Strategy | null {
  if (request.method !== 'GET') return null;
  let url: URL;
  let base: URL;
  try {
    url = new URL(request.url);
    base = new URL(scope);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
  const path = url.pathname.slice(base.pathname.length);
  if (path === WORKER_PATH) return null;
  if (path.startsWith('_astro/')) return 'cache-first';
  if (path === SEARCH_ENTRY) return 'network-first';
  if (path.startsWith('pagefind/')) return 'stale-while-revalidate';
  return 'network-first';
}

/**
 * The URLs a page may ask the worker to keep (the page itself and the files it loaded before the
 * worker was in charge): only those the worker would answer, without their #fragment, once each.
 */
export function keepableUrls(urls: unknown, scope: string): string[] {
  if (!Array.isArray(urls)) return [];
  const out = new Set<string>();
  for (const raw of urls) {
    if (typeof raw !== 'string' || strategyFor({ url: raw, method: 'GET' }, scope) === null) continue;
    const url = new URL(raw);
    url.hash = '';
    out.add(url.href);
    if (out.size >= MAX_KEEP_URLS) break;
  }
  return [...out];
}

/** Scope-relative paths of the /_astro/ files a built page links to (its CSS and scripts), for precaching. */
export function astroAssetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/\s(?:src|href)="[^"]*?\/(_astro\/[^"?#]+)"/g)) found.add(m[1]!);
  return [...found].sort();
}

/** The address a request's copy is kept under: the search entry without its changing query string, the rest as asked. */
export function cacheKeyFor(url: string, scope: string): string {
  try {
    const u = new URL(url);
    const base = new URL(scope);
    if (u.origin === base.origin && u.pathname === `${base.pathname}${SEARCH_ENTRY}`) {
      u.search = '';
      u.hash = '';
      return u.href;
    }
  } catch {
    /* not a URL: kept as asked */
  }
  return url;
}

/**
 * The scope-relative files a search needs (Pagefind's runtime, WebAssembly, metadata, index and
 * fragments of every language), out of the built pagefind/ files: all but the ready-made UIs and
 * the highlighter, which this site does not load. The worker keeps them all once the entry was
 * fetched, so a search works offline on any page, in either language, for any words.
 */
export function searchFilesOf(paths: readonly string[]): string[] {
  return paths
    .filter((p) => p.startsWith('pagefind/') && p !== SEARCH_ENTRY && !/pagefind-(component-ui|modular-ui|ui|highlight)\./.test(p))
    .sort();
}

/** The offline page for a page the reader asked for: English under en/, French elsewhere. */
export function offlinePathFor(url: string, scope: string): string {
  try {
    const path = new URL(url).pathname;
    const base = new URL(scope).pathname;
    if (path.startsWith(base) && path.slice(base.length).startsWith('en/')) return OFFLINE_PATH_EN;
  } catch {
    /* not a URL */
  }
  return OFFLINE_PATH;
}
