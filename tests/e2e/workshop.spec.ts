/**
 * Workshop mode on a shared computer: a participant reaches the copy they kept of a worked
 * scenario, and nothing saved before the workshop (a title, its scores) appears anywhere on the
 * room's screen, whichever panel is opened.
 */
import type { Page } from '@playwright/test';
import { test, expect, reachTool } from './fixtures';

const PACK = '/en/course-pack/';
const POSITIONING = '/en/tools/segment-positioning/';
const AUDIT = '/en/tools/maturity-audit/';

async function workshopOn(page: Page): Promise<void> {
  // Once the tool has hydrated (before, the bar is its server-rendered copy and its buttons do nothing).
  await expect(page.locator('.res-status').first()).toHaveText(/Saved in this browser/);
  await page.getByRole('button', { name: 'Workshop…' }).click();
  const toggle = page.getByRole('button', { name: 'Workshop mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

test('in workshop mode, "Keep a copy" of a worked scenario leads back to that copy, not to a blank result', async ({ page }) => {
  await page.goto(PACK);
  const scenario = await page.locator(`a[href*="${POSITIONING}#r=1."]`).first().getAttribute('href');
  expect(scenario).toBeTruthy();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(POSITIONING);
  await reachTool(page);
  await workshopOn(page);
  await page.goto(scenario!);
  await expect(page.locator('.sp-shared .sp-table tbody tr')).toHaveCount(6);
  await page.getByRole('button', { name: 'Keep a copy' }).click();
  await expect(page.locator('.res-share .res-live')).toContainText('Copy saved in this browser');
  await page.getByRole('button', { name: 'Open my copy' }).click();
  // Before: a blank result, and the copy out of reach (saved results are hidden in workshop mode).
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(/Energy supplier/);
  await expect(page.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(6);
  await expect(page.locator('.res-list')).toHaveCount(0);
});

test('in workshop mode, results saved before the workshop appear in no panel: neither their title nor their scores', async ({ page }) => {
  const title = 'Board audit 7Q4Z confidential';
  page.on('filechooser', () => undefined);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(AUDIT);
  await reachTool(page);
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  // Practice statements of lf at "Always": scores a participant's blank result never shows
  for (const id of ['lf-1', 'lf-3', 'lf-5', 'lf-6']) await page.locator(`.ma-statement[data-statement="${id}"] input[type="radio"]`).nth(4).check();
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
  await page.waitForTimeout(700);

  await workshopOn(page);
  await page.getByRole('button', { name: 'Next participant: clear the answers' }).click();
  await expect(page.locator('.res-toolbar > .res-live')).toContainText('blank result is ready');
  // Open every folded panel of the tool.
  for (const summary of await page.locator('main details > summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
  const compare = page.locator('.ma-compare');
  await compare.scrollIntoViewIfNeeded();
  for (const select of await compare.locator('select').all()) {
    const options = await select.locator('option').allInnerTexts();
    expect(options.join(' | ')).not.toContain(title);
  }
  await expect(page.locator('main')).not.toContainText(title);
  expect(await page.locator('main').innerText()).not.toContain('7Q4Z');
  // The trainer's result is still saved, and comes back when the workshop ends.
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  await page.getByRole('button', { name: /^Saved results/ }).click();
  await expect(page.locator('.res-list')).toContainText(title);
});

/** Positioning and planner: what was saved before the workshop shows in no panel once it runs. */
const OTHER_TOOLS = [
  {
    tool: 'segment positioning',
    path: POSITIONING,
    async fill(page: Page, secret: string) {
      await page.getByRole('button', { name: 'Add a segment' }).click();
      await page.getByRole('textbox', { name: 'Segment name' }).fill(`Segment ${secret}`);
    },
  },
  {
    tool: 'participation planner',
    path: '/en/tools/participation-planner/',
    async fill(page: Page, secret: string) {
      await page.getByRole('textbox', { name: 'Name of the offer' }).fill(`Offer ${secret}`);
    },
  },
] as const;

for (const { tool, path, fill } of OTHER_TOOLS) {
  test(`${tool}: in workshop mode, a result saved before the workshop appears in no panel`, async ({ page }) => {
    const secret = `X9K${tool.length}W`;
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(path);
    await reachTool(page);
    await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
    await page.getByRole('textbox', { name: 'Title' }).fill(`Confidential ${secret}`);
    await fill(page, secret);
    await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
    await page.waitForTimeout(700);
    await expect(page.locator('main')).toContainText(secret); // the check below can fail

    await workshopOn(page);
    await page.getByRole('button', { name: 'Next participant: clear the answers' }).click();
    await expect(page.locator('.res-toolbar > .res-live')).toContainText('blank result is ready');
    for (const summary of await page.locator('main details > summary').all()) {
      if (await summary.isVisible()) await summary.click();
    }
    expect(await page.locator('main').innerText()).not.toContain(secret);
    for (const select of await page.locator('main select').all()) expect((await select.locator('option').allInnerTexts()).join(' | ')).not.toContain(secret);
    // The trainer's result comes back when the workshop ends.
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await page.getByRole('button', { name: /^Saved results/ }).click();
    await expect(page.locator('.res-list')).toContainText(secret);
  });
}
