/**
 * Reading progress (mark as read, sidebar ticks, "continue") and offline reading (the service
 * worker keeps visited pages; a new edition is offered, never forced).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, CHAPTER } from './fixtures';

// This spec is about the service worker: let it run (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const TOOL = '/en/tools/maturity-audit/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.json': 'application/json',
};
/** The chapter after CHAPTER in reading order. */
const NEXT = { fr: { href: '/fr/methode/implication-et-connaissance/' }, en: { href: '/en/method/involvement-and-knowledge/' } };
/** A chapter's title as the home page lists it. */
const listedTitle = async (page: Page, href: string) => (await page.locator(`.home-part a[href="${href}"]`).textContent())!.trim();
const TITLE = { fr: 'Le knowledge marketing : apprendre du client et au client', en: 'Knowledge marketing: learning from and to the customer' };

/** Waits until the service worker controls the page and holds a copy of each URL. */
async function keptOffline(page: Page, paths: string[]) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000, intervals: [100, 200] }).toBe(true);
  for (const path of paths) {
    await expect
      .poll(() => page.evaluate(async (p) => (await caches.match(new URL(p, location.href).href)) !== undefined, path), { timeout: 10_000, intervals: [100, 200] })
      .toBe(true);
  }
}

test('a chapter marked as read is ticked in both languages and the home page continues with the next unread one', async ({ page }) => {
  // Reading the second section when leaving: "continue" in French leads back to it.
  await page.goto(CHAPTER.fr);
  const section = await page.locator('.prose h2[id]').nth(1).evaluate((h) => {
    h.scrollIntoView({ behavior: 'instant' });
    return h.id;
  });
  await page.goto('/fr/');
  const cont = page.locator('[data-continue]');
  await expect(cont).toContainText('Reprendre là où vous vous étiez arrêté');
  await expect(cont.getByRole('link')).toHaveText(TITLE.fr);
  await expect(cont.getByRole('link')).toHaveAttribute('href', `${CHAPTER.fr}#${section}`);

  await page.goto(CHAPTER.fr);
  const toggle = page.getByRole('button', { name: 'Marquer ce chapitre comme lu' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-progress-count]')).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const total = await page.locator('#sidebar a[data-chapter-key]').count();
  await expect(page.locator('[data-progress-count]')).toHaveText(`1 chapitre lu sur ${total}`);
  await expect(page.getByRole('link', { name: `${TITLE.fr} (lu)` })).toBeVisible();

  // Marked as read: "continue" goes on to the next chapter, not back to this one.
  await page.goto('/fr/');
  await expect(cont.getByRole('link')).toHaveText(await listedTitle(page, NEXT.fr.href));
  await expect(cont.getByRole('link')).toHaveAttribute('href', NEXT.fr.href);

  // The English twin counts as read; "continue" leads to the next English chapter.
  await page.goto('/en/');
  await expect(page.getByRole('link', { name: `${TITLE.en} (read)` })).toBeVisible();
  await expect(page.locator('[data-progress-count]')).toHaveText(`1 of ${total} chapters read`);
  await expect(cont.getByRole('link')).toHaveText(await listedTitle(page, NEXT.en.href));
  await expect(cont.getByRole('link')).toHaveAttribute('href', NEXT.en.href);
  await page.reload();
  await expect(cont.getByRole('link')).toHaveText(await listedTitle(page, NEXT.en.href));

  await page.goto(CHAPTER.en);
  const toggleEn = page.getByRole('button', { name: 'Mark this chapter as read' });
  await expect(toggleEn).toHaveAttribute('aria-pressed', 'true');
  await toggleEn.click();
  await expect(toggleEn).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#sidebar .nav-read:visible')).toHaveCount(0);
  await expect(page.locator('[data-progress-count]')).toBeHidden();
});

test('without JavaScript nothing of the progress shows', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(CHAPTER.en);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('[data-read-toggle]')).toBeHidden();
  await page.goto('/en/');
  await expect(page.locator('[data-continue]')).toBeHidden();
  await ctx.close();
});

test('with storage blocked the chapter works and the mark lasts while the page is open', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(CHAPTER.en);
  const toggle = page.getByRole('button', { name: 'Mark this chapter as read' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-read-note]')).toHaveText(/refuses to save/);
  await expect(page.getByRole('link', { name: `${TITLE.en} (read)` })).toBeVisible();
  await page.goto('/en/');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('[data-continue]')).toBeHidden();
});

test('a visited chapter and a visited tool open with the network off', async ({ page, context }) => {
  await page.goto(CHAPTER.en);
  await keptOffline(page, [CHAPTER.en]);
  await page.goto(TOOL);
  await expect(page.locator('.ma-statement').first()).toBeVisible();
  await keptOffline(page, [TOOL]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.ma-statement').first()).toBeVisible();
  await page.goto(CHAPTER.en);
  await expect(page.locator('main h1')).toHaveText(TITLE.en);
  await expect(page.locator('.prose p').first()).toBeVisible();
  // A page never opened: the offline page, in both languages, the reader's first.
  await page.goto('/en/glossary/');
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vous êtes hors connexion' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1').first()).toHaveText('You are offline');
  await page.goto('/fr/glossaire/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('main h1').first()).toHaveText('Vous êtes hors connexion');
  await context.setOffline(false);
});

async function search(page: Page, words: string) {
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-input]').fill(words);
}

test('after one search online, search works offline on any page, in both languages, for other words', async ({ page, context }) => {
  await page.goto('/en/');
  await keptOffline(page, ['/en/']);
  await search(page, 'learning');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  // The whole index is kept once its entry was fetched.
  await expect
    .poll(() => page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('kmm-offline-'))!);
      return (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith('/pagefind/')).length;
    }), { timeout: 15_000, intervals: [200, 500] })
    .toBeGreaterThan(40);

  await context.setOffline(true);
  await page.reload();
  await search(page, 'novice');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toContainText('found');
  // A page never opened, in French: the offline page, whose search finds French pages.
  await page.goto('/fr/methode/le-knowledge-marketing/');
  await expect(page.locator('main h1').first()).toHaveText('Vous êtes hors connexion');
  await search(page, 'prosommateurs');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/fr\//);
  await context.setOffline(false);
});

test('offline, before any search, the search says so in words for readers', async ({ page, context }) => {
  await page.goto('/en/');
  await keptOffline(page, ['/en/']);
  await context.setOffline(true);
  await search(page, 'learning');
  await expect(page.locator('[data-search-status]')).toHaveText(/You are offline.*Search once while connected/);
  await expect(page.locator('[data-search-status]')).not.toContainText('npm');
  await context.setOffline(false);
});

test('a new edition is offered with a Reload button and reloads only when asked', async ({ browser }) => {
  // A server of its own, whose sw.js can change mid-test as it does when a new build is deployed.
  const site = await siteWithNextEdition();
  const ctx = await browser.newContext({ baseURL: site.url });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  try {
    await page.goto(CHAPTER.en);
    await keptOffline(page, [CHAPTER.en]);
    const notice = page.getByRole('status').filter({ hasText: 'A new edition of the site is available' });
    await expect(notice).toHaveCount(0);

    site.publishNextEdition();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(notice).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type), 'no reload before the click').toBe('navigate');

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type)).toBe('reload');
    await expect(page.locator('main h1')).toHaveText(TITLE.en);
    await page.waitForTimeout(500);
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await ctx.close();
    await site.close();
  }
});

/** Serves the built site like scripts/serve.mjs (enough for one chapter), with a switch that changes sw.js. */
async function siteWithNextEdition() {
  const dir = resolve(process.env.OUT_DIR || 'dist');
  let suffix = '';
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path, path.endsWith('/') ? 'index.html' : ''));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(path === '/sw.js' ? Buffer.concat([body, Buffer.from(suffix)]) : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    publishNextEdition: () => (suffix = '\n// next edition\n'),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
