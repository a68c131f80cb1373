/**
 * The results layer under attack, in Chromium, on the real tools: a hostile share link refused in
 * time, two tabs that save at the same moment, storage that fails and recovers, the same team
 * member imported twice, and the per-file outcome of a team import kept on screen.
 */
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, reachTool } from './fixtures';

const AUDIT = '/en/tools/maturity-audit/';
const POSITIONING = '/en/tools/segment-positioning/';
const PLANNER = '/en/tools/participation-planner/';

async function ready(page: Page, path: string): Promise<void> {
  page.on('filechooser', () => undefined);
  await page.goto(path);
  await reachTool(page);
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
}

/** A share link whose payload is a result with `depth` nested arrays in its data (a few hundred characters). */
function deepLink(tool: string, depth: number): string {
  const json = JSON.stringify({ format: 'kmm-result', formatVersion: 1, tool, schemaVersion: 1, id: 'x', locale: 'en', title: '', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', data: 0 }).replace(
    '"data":0',
    `"data":${'['.repeat(depth)}${']'.repeat(depth)}`,
  );
  return `#r=1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
}

/** Time (ms, measured in the page) from setting the hash to the refusal shown in the share view. */
async function refusalTime(page: Page, hash: string): Promise<number> {
  return page.evaluate(
    (fragment) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('.res-share [role="alert"]')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        location.hash = fragment;
      }),
    hash,
  );
}

for (const [name, path, tool] of [
  ['audit', AUDIT, 'maturity-audit'],
  ['positioning', POSITIONING, 'segment-positioning'],
  ['planner', PLANNER, 'participation-planner'],
] as const) {
  test(`${name}: a short share link nested 300,000 levels deep is refused in under 200 ms`, async ({ page }) => {
    const hash = deepLink(tool, 300_000);
    expect(hash.length).toBeLessThan(2_000);
    // Best of three fresh pages: the time includes React swapping the tool for the share view, which a
    // busy two-core CI runner can slow down once; a frozen page (the defect) fails every attempt.
    let ms = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && ms >= 200; attempt += 1) {
      await ready(page, path);
      ms = Math.min(ms, await refusalTime(page, hash));
    }
    await expect(page.locator('.res-share [role="alert"]')).toContainText('nested more than 32 levels deep');
    await expect(page.locator('.res-share [role="alert"]')).toContainText('This link');
    console.log(`[reliability] ${tool}: deep share link refused in ${ms.toFixed(0)} ms (Chromium)`);
    expect(ms).toBeLessThan(200);
  });
}

test('a 200 kB file nested 100,000 levels deep is refused in under 200 ms and the saved result is untouched', async ({ page }) => {
  await ready(page, POSITIONING);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.includes(':result:'))));
  const deep = JSON.stringify({ format: 'kmm-result', formatVersion: 1, tool: 'segment-positioning', data: 0 }).replace('"data":0', `"data":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  const input = page.locator('.res-toolbar input[type="file"]').first();
  const measure = () => page.evaluate(async (text) => {
    const started = performance.now();
    const field = document.querySelector<HTMLInputElement>('.res-toolbar input[type="file"]');
    if (!field) return -1;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'deep.json', { type: 'application/json' }));
    field.files = transfer.files;
    return new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.body.textContent?.includes('deep.json” refused')) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }, deep);
  // Best of three fresh pages (see above): a busy runner can slow one rendering; the freeze fails all three.
  let ms = await measure();
  for (let attempt = 1; attempt < 3 && ms >= 200; attempt += 1) {
    await ready(page, POSITIONING);
    ms = Math.min(ms, await measure());
  }
  expect(await input.count()).toBeGreaterThan(0);
  console.log(`[reliability] deep file refused in ${ms.toFixed(0)} ms (Chromium)`);
  expect(ms).toBeGreaterThan(0);
  expect(ms).toBeLessThan(200);
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.includes(':result:'))));
  expect(after).toBe(before);
});

/** The stored record of the open audit result, read in the page. */
async function storedAudit(page: Page): Promise<{ key: string; rev: number; write?: string; envelope: { data: { answers: Record<string, { value: number }> } } }> {
  return page.evaluate(() => {
    const current = localStorage.getItem('kmm:v1:maturity-audit:current');
    const key = `kmm:v1:maturity-audit:result:${current}`;
    return { key, ...JSON.parse(localStorage.getItem(key) ?? '{}') };
  });
}

async function answer(page: Page, statement: string, value: number): Promise<void> {
  await page.locator(`.ma-statement[data-statement="${statement}"] input[type="radio"]`).nth(value).check();
}

test('two tabs saving at the same moment: the overwritten tab shows the conflict, and "keep my version" keeps both tabs’ answers', async ({ context }) => {
  const tabA = await context.newPage();
  await ready(tabA, AUDIT);
  await answer(tabA, 'lf-1', 1);
  await expect.poll(async () => (await storedAudit(tabA)).envelope?.data?.answers?.['lf-1']?.value).toBe(1);
  const tabB = await context.newPage();
  await ready(tabB, AUDIT);

  // Tab A saves revision N + 1 …
  const base = await storedAudit(tabA);
  await answer(tabA, 'lf-3', 4);
  await expect.poll(async () => (await storedAudit(tabA)).rev).toBe(base.rev + 1);
  await expect(tabA.locator('.res-status')).toHaveText(/Saved in this browser/);
  // … and tab B, which had not yet seen it, wrote its own revision N + 1 (another answer) a few ms later.
  await tabB.evaluate(({ key, rev, envelope }) => {
    const theirs = structuredClone(envelope);
    theirs.data.answers['lf-5'] = { value: 2 };
    localStorage.setItem(key, JSON.stringify({ rev, write: 'tab-b-write', envelope: theirs }));
  }, { key: base.key, rev: base.rev + 1, envelope: base.envelope });

  // Before: tab A ignored it (same revision number) and went on saying "Saved"; its answer was gone.
  await expect(tabA.getByRole('alert').filter({ hasText: 'changed in another tab' })).toBeVisible();
  await expect(tabA.locator('.res-status')).not.toHaveText(/Saved in this browser/);
  await tabA.getByRole('button', { name: 'Keep my version' }).click();
  await expect(tabA.locator('.res-status')).toHaveText(/Saved in this browser/);
  const kept = await storedAudit(tabA);
  expect(kept.envelope.data.answers['lf-1']?.value).toBe(1);
  expect(kept.envelope.data.answers['lf-3']?.value).toBe(4); // mine
  expect(kept.envelope.data.answers['lf-5']?.value).toBe(2); // theirs, to a question I did not touch
  // Tab B follows without a conflict of its own.
  await expect(tabB.locator(`.ma-statement[data-statement="lf-3"] input[type="radio"]`).nth(4)).toBeChecked();
});

test('storage that fills up and recovers: the "not saved" notice is replaced once saving works again', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if ((window as unknown as { __full?: boolean }).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await ready(page, AUDIT);
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = true));
  await answer(page, 'lf-1', 2);
  await expect(page.locator('.res-status')).toHaveText(/storage is full/);
  await expect(page.locator('.res-toolbar .res-live')).toContainText('storage is full');
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
  await answer(page, 'lf-1', 3);
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
  await expect(page.locator('.res-toolbar .res-live')).not.toContainText('storage is full');
  await expect(page.locator('.res-toolbar .res-live')).toContainText('Saved again');
  expect((await storedAudit(page)).envelope.data.answers['lf-1']?.value).toBe(3);
});

test('positioning team view: the same member’s file imported twice is counted once', async ({ page }) => {
  await ready(page, POSITIONING);
  const member = {
    format: 'kmm-result', formatVersion: 1, tool: 'segment-positioning', schemaVersion: 1, id: 'member-ana', locale: 'en', title: 'Ana', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z',
    data: { sizeUnit: 'percent', segments: [{ id: 's1', name: 'Households', description: '', size: null, mode: 'direct', direct: { knowledge: 2, involvement: 2 }, answers: {}, target: null }] },
  };
  const file = (name: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(member)) });
  const teamFiles = page.locator('.sp-merge input[type="file"]');
  await teamFiles.scrollIntoViewIfNeeded();
  await teamFiles.setInputFiles([file('ana.json'), file('ana-copy.json')]);
  await expect(page.locator('.sp-merge .res-import__messages')).toContainText('already in the team');
  await teamFiles.setInputFiles([file('ana-again.json')]);
  await expect(page.locator('.sp-merge__list li')).toHaveCount(1);
});

test('audit team import: the per-file outcome stays listed after the team is created, until dismissed', async ({ page }) => {
  await ready(page, AUDIT);
  const member = (id: string, name: string) => ({
    format: 'kmm-result', formatVersion: 1, tool: 'maturity-audit', schemaVersion: 1, id, locale: 'en', title: name, respondent: name, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z',
    data: { answers: { 'lf-1': { value: 3 } }, plan: [] },
  });
  const files = [
    { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(member('m-ana', 'Ana'))) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') },
    { name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(member('m-ben', 'Ben'))) },
  ];
  const start = page.locator('.ma-team-start');
  await start.scrollIntoViewIfNeeded();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), start.getByRole('button', { name: /Import/ }).first().click()]);
  await chooser.setFiles(files);
  const report = page.locator('.ma-import__messages');
  await expect(report).toContainText('broken.json');
  await expect(report).toContainText('2');
  // A later notice (here: a saved edit announced by the toolbar) does not replace the list.
  await page.getByRole('textbox', { name: 'Title' }).fill('Team of two');
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
  await expect(report).toContainText('broken.json');
  await page.getByRole('button', { name: 'Dismiss these messages' }).click();
  await expect(page.locator('.ma-import__messages')).toHaveCount(0);
});
