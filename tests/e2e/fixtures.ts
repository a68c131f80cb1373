import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every page test also checks the two promises of the site: no console error, and no request
 * leaving the local origin (no CDN, font, analytics or other third party).
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Charts load when they come near the viewport: bring the one in `area` into view and wait until it is drawn. */
export async function revealChart(area: Locator): Promise<void> {
  await area.locator('.chart-slot').first().scrollIntoViewIfNeeded();
  await expect(area.locator('.chart-placeholder')).toHaveCount(0);
}

export const CHAPTER = {
  fr: '/fr/methode/le-knowledge-marketing/',
  en: '/en/method/knowledge-marketing/',
};

/** A tool hydrates when its island comes into view (on a phone it starts below the how-to): bring it there. */
export async function reachTool(page: Page): Promise<void> {
  await page.locator('main astro-island').first().scrollIntoViewIfNeeded();
}
