import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, reachTool } from './fixtures';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  readingPage: { pages: string[]; maxScriptGzipBytes: number; frameworkScriptAllowed: boolean };
  toolPage: { pages: string[]; maxScriptGzipBytes: number; chartOnFirstScreenMaxScriptGzipBytes: number };
};

/** How far below the viewport a chart starts loading (src/components/charts/deferred.tsx, NEAR_MARGIN). */
const NEAR_MARGIN_PX = 200;

/** What only the UI framework's code contains (React DOM), to tell a framework script from the site's own. */
const FRAMEWORK = /react-dom|__reactFiber|react\.production/;

/** Scripts a first visit loads (scrolling the whole page unless `scroll` is false). */
async function scriptsLoaded(page: Page, path: string, scroll = true) {
  const scripts: { url: string; gzip: number; framework: boolean }[] = [];
  const inline: number[] = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: res.url(), gzip: gzipSync(body).length, framework: FRAMEWORK.test(body.toString('utf8')) });
  });
  await page.goto(path);
  if (scroll) await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  for (const s of await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''))) inline.push(gzipSync(Buffer.from(s)).length);
  return { scripts, inlineGzip: inline.reduce((a, b) => a + b, 0) };
}

for (const path of budgets.readingPage.pages) {
  test(`reading page ${path}: no framework script, ≤ ${budgets.readingPage.maxScriptGzipBytes} B gz of script, search not loaded`, async ({ page }) => {
    const { scripts, inlineGzip } = await scriptsLoaded(page, path);
    const total = scripts.reduce((a, s) => a + s.gzip, 0) + inlineGzip;
    console.log(`${path}: ${scripts.length} script file(s), ${total} B gz of script in all`);
    if (!budgets.readingPage.frameworkScriptAllowed) expect(scripts.filter((s) => s.framework).map((s) => s.url)).toEqual([]);
    expect(scripts.filter((s) => s.url.includes('/pagefind/'))).toEqual([]);
    expect(total).toBeLessThanOrEqual(budgets.readingPage.maxScriptGzipBytes);
  });
}

/** chart.js's own code carries this error message; no other script of the site does. */
const CHART_JS = 'Canvas is already in use';

for (const path of budgets.toolPage.pages) {
  test(`tool page ${path}: first visit ≤ ${budgets.toolPage.maxScriptGzipBytes} B gz of script (${budgets.toolPage.chartOnFirstScreenMaxScriptGzipBytes} with its chart on the first screen); a chart loads when reached`, async ({ page }) => {
    const seen: string[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') seen.push((await res.text().catch(() => '')).includes(CHART_JS) ? res.url() : '');
    });
    const { scripts, inlineGzip } = await scriptsLoaded(page, path, false);
    await expect(page.locator('.res-root').first()).toBeVisible();
    const total = scripts.reduce((a, s) => a + s.gzip, 0) + inlineGzip;
    // A tool whose chart is on the first screen (the work first) is reached at once: its first visit
    // draws the chart, within its own budget; any other tool loads no chart code before it is reached.
    const chartOnFirstScreen = await page
      .locator('.chart-slot')
      .evaluateAll((slots, margin) => slots.some((slot) => slot.getBoundingClientRect().top < window.innerHeight + margin), NEAR_MARGIN_PX);
    const budget = chartOnFirstScreen ? budgets.toolPage.chartOnFirstScreenMaxScriptGzipBytes : budgets.toolPage.maxScriptGzipBytes;
    console.log(`${path}: ${scripts.length} script file(s), ${total} B gz of script on first visit (chart on the first screen: ${chartOnFirstScreen}, budget ${budget})`);
    expect(total).toBeLessThanOrEqual(budget);
    if (chartOnFirstScreen) {
      expect(seen.filter(Boolean).length).toBeGreaterThan(0);
      return;
    }
    expect(seen.filter(Boolean)).toEqual([]);
    // Bringing each chart into view loads chart.js and draws it.
    const placeholders = page.locator('.chart-placeholder');
    for (let left = await placeholders.count(); left > 0; left -= 1) {
      await placeholders.first().scrollIntoViewIfNeeded();
      await expect(placeholders).toHaveCount(left - 1);
    }
    await expect(placeholders).toHaveCount(0);
    expect(seen.filter(Boolean).length).toBeGreaterThan(0);
  });
}

for (const path of budgets.toolPage.pages) {
  test(`tool page ${path} on a phone: the how-to comes first and the tool hydrates only when reached`, async ({ browser }) => {
    const phone = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    const framework: string[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script' && FRAMEWORK.test(await res.text().catch(() => ''))) framework.push(res.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.tool-howto ol > li')).toHaveCount(4);
    expect(framework, 'framework script before the tool is reached').toEqual([]);
    await reachTool(page);
    await expect(page.locator('.res-status').first()).not.toHaveText(/Loading|Chargement/);
    expect(framework.length, 'framework script once the tool is reached').toBeGreaterThan(0);
    await phone.close();
  });
}
