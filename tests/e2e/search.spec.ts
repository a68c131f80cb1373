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
  await expect(page.locator('[data-search-status]')).toContainText('result');
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
