import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const DEMO = '/en/results-demo/';

async function fill(page: import('@playwright/test').Page) {
  await page.goto(DEMO);
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill('Team <b>audit</b> =SUM(A1)');
  const selects = page.locator('.res-demo select');
  await selects.nth(0).selectOption('3');
  await selects.nth(1).selectOption('1');
  await page.locator('.res-demo textarea').fill('Notes with “quotes”, commas; and accents: é à ç');
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible();
}

test('work survives a reload', async ({ page }) => {
  await fill(page);
  await page.waitForTimeout(800); // past the autosave debounce
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Team <b>audit</b> =SUM(A1)');
  await expect(page.locator('.res-demo select').nth(0)).toHaveValue('3');
  await expect(page.locator('.res-demo textarea')).toHaveValue('Notes with “quotes”, commas; and accents: é à ç');
  // The title is text, never markup.
  expect(await page.locator('.res-root b').count()).toBe(0);
});

test('export JSON, clear storage, import: the same result comes back', async ({ page }) => {
  await fill(page);
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON file (can be imported again)' }).click()]);
  const path = await download.path();
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  expect(exported.format).toBe('kmm-result');
  expect(exported.tool).toBe('demo');
  expect(exported.title).toBe('Team <b>audit</b> =SUM(A1)');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  await page.locator('input[type="file"]').setInputFiles(path);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Team <b>audit</b> =SUM(A1)');
  await expect(page.locator('.res-demo select').nth(0)).toHaveValue('3');
  await expect(page.locator('.res-demo select').nth(1)).toHaveValue('1');
});

test('CSV export has a BOM and neutralises formulas', async ({ page }) => {
  await fill(page);
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /semicolon/ }).click()]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain(';');
  expect(text).not.toMatch(/(^|;|")=SUM/m);
});

test('a bad file is refused with a clear message and changes nothing', async ({ page }) => {
  await fill(page);
  await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "kmm-result",\n  oops\n}') });
  await expect(page.getByText(/File “broken.json” refused: This is not a results file \(invalid JSON at line 3/).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Team <b>audit</b> =SUM(A1)');
  await page.locator('input[type="file"]').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'kmm-result', formatVersion: 1, tool: 'maturity-audit', schemaVersion: 1, id: 'x', locale: 'en', title: 't', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', data: {} })) });
  await expect(page.getByText(/refused: This file comes from the “maturity audit” tool, not the “demo” tool/).first()).toBeVisible();
});

test('a share link opens read-only in a fresh browser and "keep a copy" does not overwrite own work', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fill(page);
  await page.locator('summary', { hasText: 'Export' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied to the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.search).toBe('');
  expect(url.hash).toMatch(/^#r=1\./);

  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(DEMO);
  await reader.getByRole('textbox', { name: 'Title' }).fill('My own work');
  await reader.waitForTimeout(800);
  await reader.goto(`${DEMO}${url.hash}`);
  await expect(reader.getByText('Team <b>audit</b> =SUM(A1)').first()).toBeVisible();
  await expect(reader.locator('.res-demo select')).toHaveCount(0);
  await reader.getByRole('button', { name: /keep a copy/i }).click();
  await reader.goto(DEMO);
  await reader.getByRole('button', { name: /^Saved results/ }).click();
  await expect(reader.getByText('My own work').first()).toBeVisible();
  await expect(reader.getByText('Team <b>audit</b> =SUM(A1)').first()).toBeVisible();
  await other.close();
});

test('with storage blocked the tool still works and says work will not survive a reload', async ({ browser }) => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await ctx.newPage();
  await page.goto(DEMO);
  await expect(page.locator('.res-status').getByText('Not saved: browser storage is unavailable, this work will be lost on reload.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill('Still editable');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Still editable');
  await ctx.close();
});
