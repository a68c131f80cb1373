import { test, expect, reachTool } from './fixtures';

/**
 * The work first: on each tool page the first question (or first action) is on the first screen
 * of a laptop, and within a screen and a half of a phone, in both languages. Positions are measured
 * from the top of the page (scrolling does not count), once the tool has hydrated.
 */
const TOOLS = [
  { name: 'maturity audit', first: '.ma-statement', paths: ['/fr/outils/audit-de-maturite/', '/en/tools/maturity-audit/'] },
  { name: 'segment positioning', first: '.sp-list .res-button--primary', paths: ['/fr/outils/positionnement-des-segments/', '/en/tools/segment-positioning/'] },
  { name: 'participation planner', first: '.pp-step :is(input, select, textarea)', paths: ['/fr/outils/planificateur-de-participation/', '/en/tools/participation-planner/'] },
] as const;

const SIZES = [
  { name: 'laptop', viewport: { width: 1366, height: 900 }, screens: 1, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, screens: 1.5, isMobile: true },
] as const;

for (const size of SIZES) {
  test.describe(`${size.viewport.width}×${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile });
    for (const tool of TOOLS) {
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
