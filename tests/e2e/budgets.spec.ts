import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  readingPage: { pages: string[]; maxScriptGzipBytes: number; frameworkScriptAllowed: boolean };
};

/** Scripts a first visit loads (scrolling the whole page so that every island hydrates). */
async function scriptsLoaded(page: Page, path: string) {
  const scripts: { url: string; gzip: number; framework: boolean }[] = [];
  const inline: number[] = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: res.url(), gzip: gzipSync(body).length, framework: /react-dom|__reactFiber|react\.production/.test(body.toString('utf8')) });
  });
  await page.goto(path);
  await page.evaluate(async () => {
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
