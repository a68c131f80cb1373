import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect } from './fixtures';
import { axeInBothThemes, axeViolations } from './axe';

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

test('the check reports what it should: a planted image without text and grey-on-grey text', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" width="8" height="8"><p id="faint">faint</p>');
    // Through the CSSOM: the site's CSP refuses inline style attributes.
    Object.assign(document.getElementById('faint')!.style, { color: '#999', background: '#aaa' });
  });
  expect((await axeViolations(page)).map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  expect((await axeViolations(page, { colours: true })).map((v) => v.split(' ')[0])).toEqual(['color-contrast']);
});

/**
 * Pages are checked in groups, each group in one browser page that goes from address to address:
 * a fresh browser context per page cost more than the check itself (3.9 s a page against 1.5 s).
 * Every violation of every page of the group is collected before the test fails, each line naming
 * its page and theme.
 */
const groupOf = (path: string): string => {
  const [lang = 'other', section = ''] = path.split('/').filter(Boolean);
  if (lang !== 'fr' && lang !== 'en') return 'other pages';
  return `${lang} ${section === 'methode' || section === 'method' ? 'chapters' : 'pages'}`;
};
const groups = Map.groupBy(pages, groupOf);

for (const [group, paths] of groups) {
  test(`WCAG 2.2 AA in light and dark, ${group} (${paths.length})`, async ({ page }) => {
    test.setTimeout(30_000 + paths.length * 10_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      found.push(...(await axeInBothThemes(page, path)));
    }
    expect(found).toEqual([]);
  });
}

test('WCAG 2.2 AA at 375 px, menu closed and open, on each page type', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 740 });
  const found: string[] = [];
  for (const path of ['/fr/', '/en/method/knowledge-marketing/', '/fr/glossaire/', '/en/tools/', '/fr/outils/audit-de-maturite/', '/en/tools/segment-positioning/', '/en/tools/participation-planner/']) {
    await page.goto(path);
    found.push(...(await axeViolations(page, { label: `${path} menu closed` })));
    await page.locator('[data-menu-button]').click();
    found.push(...(await axeViolations(page, { label: `${path} menu open` })));
  }
  expect(found).toEqual([]);
});
