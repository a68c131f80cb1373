import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

/** Every built page, found in the build output the preview server serves. */
function builtPages(dir: string): string[] {
  const out: string[] = [];
  (function walk(d: string) {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (name === 'pagefind' || name === '_astro') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html' && !readFileSync(p, 'utf8').includes('http-equiv="refresh"')) out.push(`/${relative(dir, d).split(sep).join('/')}/`.replace(/\/+/g, '/'));
    }
  })(dir);
  return out.filter((p) => p !== '/').sort();
}

const DIST = process.env.OUT_DIR || 'dist';
const pages = builtPages(DIST);

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The WCAG 2.2 AA rules whose outcome depends on colours (and so on the theme). Every AxeBuilder of
 * the suite runs in legacy mode: the site has no iframes, and the default mode opens a blank page to
 * merge frame results on every analysis, which doubled the suite's time.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const path of pages) {
  test(`WCAG 2.2 AA in light and dark: ${path}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      // Light: every WCAG 2.2 AA rule. Dark changes only colours, so only the colour rules run again.
      const axe = new AxeBuilder({ page }).setLegacyMode(true);
      const results = await (theme === 'light' ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)).analyze();
      const summary = results.violations.map((v) => `${theme} ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary).toEqual([]);
    }
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const path of ['/fr/', '/en/method/knowledge-marketing/', '/fr/glossaire/', '/en/tools/', '/fr/outils/audit-de-maturite/', '/en/tools/segment-positioning/', '/en/tools/participation-planner/']) {
    test(`WCAG 2.2 AA at 375 px, menu closed and open: ${path}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(path);
      const check = async (state: string) => {
        const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${state} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      };
      await check('menu closed');
      await page.locator('[data-menu-button]').click();
      await check('menu open');
    });
  }
});
