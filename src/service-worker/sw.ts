/**
 * The offline service worker. Bundled after the build by scripts/service-worker.mjs into
 * <dist>/sw.js, with the build id and the precache list written in (a new build of the site gives
 * a new file, so browsers install the new worker and the page offers a reload).
 *
 * - Install: keep the core (the offline page and its CSS/JS, the icon) in this build's cache.
 *   The worker does not take over while an older one is active: it waits until the reader
 *   chooses "Reload" (message SKIP_WAITING), see src/components/scripts/service-worker.ts.
 * - Activate: delete the caches of earlier builds, take charge of open pages.
 * - Fetch (same-origin GET inside the scope only, see strategyFor): hashed /_astro/ files cache
 *   first; the Pagefind index stale while revalidate, except its entry file, network first and
 *   kept without its changing query string; once the entry was fetched, the whole index is kept
 *   (search then works offline on any page); pages and the rest network first, then the copy,
 *   then (for a page) the offline page in the page's language. Every good answer is kept, so what
 *   was visited works offline.
 * - Message KEEP_URLS: a page lists itself and the files it loaded before the worker was active.
 */
import { OFFLINE_PATH, SEARCH_ENTRY, cacheKeyFor, cacheName, keepableUrls, offlinePathFor, staleCaches, strategyFor } from '../lib/offline-cache';

declare const __BUILD_ID__: string;
declare const __PRECACHE__: readonly string[];
declare const __SEARCH_FILES__: readonly string[];

// The few worker types used here (the project compiles against the DOM library only).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
const CACHE = cacheName(__BUILD_ID__);
const searchEntryUrl = new URL(SEARCH_ENTRY, scope).href;

/** Keeps a copy of a good same-origin answer; a full or refused cache only means no copy. */
async function keep(request: Request | string, response: Response): Promise<void> {
  if (!response.ok || response.type !== 'basic') return;
  try {
    await (await caches.open(CACHE)).put(request, response);
  } catch {
    /* quota or storage refused */
  }
}

async function fromCache(request: Request | string, ignoreSearch = false): Promise<Response | undefined> {
  return (await caches.open(CACHE)).match(request, { ignoreSearch });
}

async function networkFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  // The search entry is asked for with a new ?ts=… each time: its copy lives under the bare address.
  const key = cacheKeyFor(request.url, scope);
  const isSearchEntry = key === searchEntryUrl;
  try {
    const response = await fetch(request);
    event.waitUntil(keep(isSearchEntry ? key : request, response.clone()));
    // A search is starting: keep the whole index, so the next ones work offline too, on any page.
    if (isSearchEntry && response.ok) event.waitUntil(keepUrls(__SEARCH_FILES__.map((p) => new URL(p, scope).href)));
    return response;
  } catch (error) {
    const copy = isSearchEntry ? await fromCache(key) : (await fromCache(request)) ?? (await fromCache(request, true));
    if (copy) return copy;
    const offline = request.mode === 'navigate'
      ? (await fromCache(new URL(offlinePathFor(request.url, scope), scope).href)) ?? (await fromCache(new URL(OFFLINE_PATH, scope).href))
      : undefined;
    if (offline) return offline;
    throw error;
  }
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const copy = await fromCache(event.request);
  if (copy) return copy;
  const response = await fetch(event.request);
  event.waitUntil(keep(event.request, response.clone()));
  return response;
}

async function staleWhileRevalidate(event: FetchEvent): Promise<Response> {
  const copy = await fromCache(event.request);
  const fresh = fetch(event.request).then(async (response) => {
    await keep(event.request, response.clone());
    return response;
  });
  if (!copy) return fresh;
  event.waitUntil(fresh.catch(() => undefined));
  return copy;
}

async function keepUrls(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.map(async (url) => {
      try {
        if (!(await cache.match(url))) await keep(url, await fetch(url));
      } catch {
        /* offline or gone: nothing to keep */
      }
    }),
  );
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(__PRECACHE__.map((path) => new Request(new URL(path, scope).href, { cache: 'reload' })))),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), CACHE).map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, scope);
  if (strategy === 'network-first') event.respondWith(networkFirst(event));
  else if (strategy === 'cache-first') event.respondWith(cacheFirst(event));
  else if (strategy === 'stale-while-revalidate') event.respondWith(staleWhileRevalidate(event));
});

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; urls?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') event.waitUntil(worker.skipWaiting());
  else if (data?.type === 'KEEP_URLS') event.waitUntil(keepUrls(keepableUrls(data.urls, scope)));
});
