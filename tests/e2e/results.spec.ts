/**
 * The results layer seen from one real tool (the planner): autosave across a reload, JSON and CSV
 * export, import, refused files, share links and blocked storage. Each tool's own spec covers its data.
 */
import { readFileSync } from 'node:fs';
import { test, expect, reachTool } from './fixtures';

const TOOL = '/en/tools/participation-planner/';
const NOTES = 'Notes with “quotes”, commas; and accents: é à ç';

const offerName = (page: import('@playwright/test').Page) => page.getByRole('textbox', { name: 'Name of the offer' });
const offerText = (page: import('@playwright/test').Page) => page.getByRole('textbox', { name: 'Description' });

async function open(page: import('@playwright/test').Page, path = TOOL) {
  await page.goto(path);
  await reachTool(page);
}

async function fill(page: import('@playwright/test').Page) {
  await open(page);
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill('Team <b>audit</b> =SUM(A1)');
  await offerName(page).fill('Repair café');
  await offerText(page).fill(NOTES);
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible();
}

test('work survives a reload', async ({ page }) => {
  await fill(page);
  await page.waitForTimeout(800); // past the autosave debounce
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Team <b>audit</b> =SUM(A1)');
  await expect(offerName(page)).toHaveValue('Repair café');
  await expect(offerText(page)).toHaveValue(NOTES);
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
  expect(exported.tool).toBe('participation-planner');
  expect(exported.title).toBe('Team <b>audit</b> =SUM(A1)');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await reachTool(page);
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  await page.locator('.res-toolbar input[type="file"]').setInputFiles(path);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Team <b>audit</b> =SUM(A1)');
  await expect(offerName(page)).toHaveValue('Repair café');
  await expect(offerText(page)).toHaveValue(NOTES);
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
  await page.locator('.res-toolbar input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "kmm-result",\n  oops\n}') });
  await expect(page.getByText(/File “broken.json” refused: This is not a results file \(invalid JSON at line 3/).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Team <b>audit</b> =SUM(A1)');
  await page.locator('.res-toolbar input[type="file"]').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'kmm-result', formatVersion: 1, tool: 'maturity-audit', schemaVersion: 1, id: 'x', locale: 'en', title: 't', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', data: {} })) });
  await expect(page.getByText(/refused: This file comes from the “maturity audit” tool, not the “participation planner” tool/).first()).toBeVisible();
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
  await open(reader);
  await reader.getByRole('textbox', { name: 'Title' }).fill('My own work');
  await reader.waitForTimeout(800);
  await open(reader, `${TOOL}${url.hash}`);
  await expect(reader.getByText('Team <b>audit</b> =SUM(A1)').first()).toBeVisible();
  await expect(offerName(reader)).toHaveCount(0);
  await reader.getByRole('button', { name: /keep a copy/i }).click();
  await open(reader);
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
  await open(page);
  await expect(page.locator('.res-status').getByText('Not saved: browser storage is unavailable, this work will be lost on reload.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill('Still editable');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Still editable');
  await ctx.close();
});

test('before edits that cannot be saved are discarded, the page asks (no browser dialog) and keyboard answers it', async ({ page, context }) => {
  page.on('dialog', () => {
    throw new Error('no browser dialog expected');
  });
  await open(page);
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible();
  const other = await context.newPage();
  await open(other);
  // This tab edits; meanwhile the other tab writes a newer revision of the same result: a conflict here.
  await page.getByRole('textbox', { name: 'Title' }).fill('Mine');
  await other.evaluate(() => {
    const id = localStorage.getItem('kmm:v1:participation-planner:current');
    const key = `kmm:v1:participation-planner:result:${id}`;
    const record = JSON.parse(localStorage.getItem(key) ?? '{}');
    localStorage.setItem(key, JSON.stringify({ ...record, rev: record.rev + 1, write: 'other-tab', envelope: { ...record.envelope, title: 'Theirs' } }));
  });
  await expect(page.getByRole('alert').filter({ hasText: 'changed in another tab' })).toBeVisible();

  await page.getByRole('button', { name: 'New result' }).click();
  const question = page.getByRole('alert').filter({ hasText: 'Discard them and open the other result?' });
  await expect(question).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to the open result' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Mine');

  await page.getByRole('button', { name: 'New result' }).click();
  await question.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible();
});
