import type { Page } from '@playwright/test';
import { test, expect, CHAPTER } from './fixtures';

test('search is not loaded before it is opened', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/')) loaded.push(r.url()); });
  await page.goto(CHAPTER.fr);
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
});

test('search finds a French word on the French site, with the keyboard', async ({ page }) => {
  await page.goto('/fr/');
  await page.keyboard.press('/');
  const input = page.locator('[data-search-input]');
  await expect(input).toBeFocused();
  await input.fill('apprentissage');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/fr\//);
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\//);
  await expect(page.locator('main h1')).toBeVisible();
});

test('search finds an English word on the English site only', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-input]').fill('learning');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\//);
  await expect(page.locator('[data-search-status]')).toContainText('found');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-dialog]')).not.toHaveAttribute('open', '');
  await expect(page.locator('[data-search-open]')).toBeFocused();
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-input]').fill('zzqxwv');
  await expect(page.locator('[data-search-status]')).toHaveText('No results for “zzqxwv”');
});

/** Presses "show more" until every result counted is listed (the status then stops saying how many are shown). */
async function showAll(page: Page) {
  const status = page.locator('[data-search-status]');
  const items = page.locator('[data-search-results] > li');
  await expect(status).toContainText('found');
  while (/shown/.test((await status.textContent()) ?? '')) {
    const before = await items.count();
    await page.locator('[data-search-more]').click();
    await expect(items).not.toHaveCount(before);
  }
  await expect(page.locator('[data-search-more]')).toBeHidden();
}

test('every result counted can be listed, with "show more"', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-input]').fill('learning');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^\d+ pages found \(8 shown\)$/);
  const total = Number((await status.textContent())!.match(/^(\d+)/)![1]);
  expect(total).toBeGreaterThan(8);
  await showAll(page);
  await expect(page.locator('[data-search-results] > li')).toHaveCount(total);
  await expect(status).toHaveText(`${total} pages found`);
});

test('results lead to the section that matched, and excerpts carry no page furniture', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/en/');
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-input]').fill('novice expert');
  const first = page.locator('[data-search-results] > li').first().locator('a.result-main');
  await expect(first).toHaveAttribute('href', /^\/en\/method\/[a-z-]+\/#[a-z0-9-]+$/);
  const href = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();

  for (const words of ['min read', 'discussion questions', 'prosumers', 'readiness factors', 'session length']) {
    await page.locator('[data-search-open]').click();
    await page.locator('[data-search-input]').fill(words);
    await showAll(page);
    const excerpts = await page.locator('[data-search-results] .result-excerpt, [data-search-results] .result-section').allTextContents();
    for (const e of excerpts) {
      expect(e, words).not.toMatch(/min read|Chapter \d+\s*·|Discussion\s*\d|Session\s*\d|Chapter \d+[A-Z]|\[\d+\]|Practical exercise[A-Z]|Notes hidden|Suggested session length/);
    }
    await page.keyboard.press('Escape');
  }
});
