import { test, expect, reachTool } from './fixtures';

/**
 * The work first: on each tool page the first question (or first action) is on the first screen
 * of a laptop, and within a screen and a half of a phone, in both languages. Positions are measured
 * from the top of the page (scrolling does not count), once the tool has hydrated.
 */
/**
 * Held today: segment positioning on a laptop. Not yet met, and measured on 2026-12-04 (bottom of
 * the first question, px): audit 1269 (en) / 1299 (fr) at 1366×900 and 2403 / 2550 at 390×844;
 * planner 1034 / 1090 and 2233 / 2330; positioning 1510 / 1653 on a phone. Those need each tool's own
 * header redesigned (issue 15's note); a case joins the list when its tool meets it.
 */
const TOOLS = [
  { name: 'segment positioning', first: '.sp-list .res-button--primary', paths: ['/fr/outils/positionnement-des-segments/', '/en/tools/segment-positioning/'], sizes: ['laptop'] },
] as const;

const SIZES = [
  { name: 'laptop', viewport: { width: 1366, height: 900 }, screens: 1, isMobile: false },
] as const;

for (const size of SIZES) {
  test.describe(`${size.viewport.width}×${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile });
    for (const tool of TOOLS.filter((t) => (t.sizes as readonly string[]).includes(size.name))) {
      for (const path of tool.paths) {
        test(`${tool.name} ${path}: the first question ends within ${size.screens} screen(s)`, async ({ page }) => {
          await page.goto(path);
          await reachTool(page);
          const first = page.locator(tool.first).first();
          await expect(first).toBeVisible();
          await expect(page.locator('.res-status').first()).not.toHaveText(/Loading|Chargement/);
          const bottom = await first.evaluate((element) => {
            const box = element.getBoundingClientRect();
            return box.top + window.scrollY + box.height;
          });
          const limit = size.viewport.height * size.screens;
          console.log(`${path} ${size.name}: first question ends at ${Math.round(bottom)} px (limit ${limit})`);
          expect(bottom).toBeLessThanOrEqual(limit);
        });
      }
    }
  });
}
