/**
 * A trainer's journey, end to end: open the course pack, copy a section link and open it, open a
 * worked scenario from its plain link (participants keep their own copy), run a tool in workshop
 * mode for two participants without leakage, print a chapter as a handout, and go offline.
 */
import type { Page } from '@playwright/test';
import { test, expect, revealChart } from './fixtures';

const PACK = '/en/course-pack/';
const CHAPTER3 = '/en/method/involvement-and-knowledge/';
const TOOL = '/en/tools/segment-positioning/';

/** Result ids stored by the positioning tool in this browser. */
function storedResults(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('segment-positioning') && key.includes(':result:')));
}

test.use({ serviceWorkers: 'allow' });

test('a trainer builds a session: course pack, section link, scenario, workshop for two, handout, offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await test.step('the course pack lists the chapters and leads to chapter 3', async () => {
    await page.goto(PACK);
    await expect(page.locator('[data-course-entry]')).toHaveCount(12);
    await page.locator('[data-course-entry][data-chapter="3"] h3 a').click();
    await expect(page).toHaveURL(CHAPTER3);
  });

  let sectionLink = '';
  await test.step('a section link is copied and opens at its section', async () => {
    const wrap = page.locator('.prose .heading-wrap').nth(1);
    const id = await wrap.locator(':is(h2, h3)[id]').getAttribute('id');
    await wrap.locator('button[data-copy-link]').click();
    sectionLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(sectionLink).toMatch(new RegExp(`${CHAPTER3}#${id}$`));
    const reader = await context.newPage();
    await reader.goto(new URL(sectionLink).pathname + new URL(sectionLink).hash);
    await expect(reader.locator(`#${id}`)).toBeInViewport();
    await reader.close();
  });

  await test.step('the exercise opens the worked scenario; a participant keeps their own copy', async () => {
    const scenario = page.locator('section.teaching [data-exercise-tool]');
    await expect(scenario).toHaveAttribute('href', /#r=1\./);
    const participant = await context.newPage();
    await participant.goto((await scenario.getAttribute('href'))!);
    await expect(participant.locator('.sp-shared .sp-table tbody tr')).toHaveCount(6);
    await participant.getByRole('button', { name: 'Keep a copy' }).click();
    await expect(participant.locator('.res-share .res-live')).toContainText('Copy saved in this browser');
    await participant.getByRole('button', { name: 'Open my copy' }).click();
    // The copy is the participant's own: it is the open result, editable, and in their saved results.
    await expect(participant.getByRole('textbox', { name: 'Title' })).toHaveValue(/Energy supplier/);
    await participant.getByRole('button', { name: /^Saved results/ }).click();
    await expect(participant.locator('.res-list__item').filter({ hasText: 'Energy supplier' })).toHaveCount(1);
    await expect(participant.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(6);
    await participant.close();
  });

  await test.step('workshop mode: two participants, nothing of the first one reaches the second', async () => {
    const kiosk = await context.newPage();
    kiosk.on('dialog', (dialog) => void dialog.accept());
    await kiosk.goto(TOOL);
    await kiosk.getByRole('button', { name: /^Saved results/ }).click();
    await expect(kiosk.locator('.res-list')).toBeVisible();
    const trainers = await storedResults(kiosk); // results from before the workshop: they stay
    await kiosk.getByRole('button', { name: 'Workshop…' }).click();
    await kiosk.getByRole('button', { name: 'Workshop mode' }).click();
    await expect(kiosk.getByRole('button', { name: 'Workshop mode' })).toHaveAttribute('aria-pressed', 'true');
    await expect(kiosk.locator('.res-list')).toHaveCount(0);
    await expect(kiosk.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(0);

    // Participant 1 names their result and places segments.
    await kiosk.getByRole('textbox', { name: 'Respondent (optional)' }).fill('Participant One');
    await kiosk.locator('.sp-presets-box > summary').click();
    await kiosk.locator('.sp-preset button').first().click();
    await expect(kiosk.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(6);
    // The projector view shows the result large, without the participant's name.
    await kiosk.getByRole('button', { name: 'Projector view' }).click();
    const projector = kiosk.getByRole('dialog', { name: 'Result (projector view, without names)' });
    await expect(projector).toBeVisible();
    await expect(projector.locator('.sp-table tbody tr')).toHaveCount(6);
    await expect(projector).not.toContainText('Participant One');
    await revealChart(projector);
    await kiosk.keyboard.press('Escape');
    await expect(projector).toBeHidden();

    // One action clears everything for participant 2, for good.
    await kiosk.getByRole('button', { name: 'Next participant: clear the answers' }).click();
    await expect(kiosk.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(0);
    await expect(kiosk.getByRole('textbox', { name: 'Respondent (optional)' })).toHaveValue('');
    await expect(kiosk.locator('.res-toolbar > .res-live')).toContainText('blank result is ready');
    // Everything participant 1 touched is gone (not in the bin either): only a blank result was added.
    const after = await storedResults(kiosk);
    expect(after).toEqual(expect.arrayContaining(trainers));
    expect(after.filter((key) => !trainers.includes(key))).toHaveLength(1);
    expect(await kiosk.evaluate(() => Object.values(localStorage).join('\n'))).not.toContain('Participant One');

    // Reloading keeps the workshop mode and shows participant 2's blank result, not the list.
    await kiosk.reload();
    await expect(kiosk.getByRole('button', { name: 'Workshop mode' })).toHaveAttribute('aria-pressed', 'true');
    await expect(kiosk.locator('.res-list')).toHaveCount(0);
    await expect(kiosk.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(0);
    await kiosk.getByRole('button', { name: 'Workshop mode' }).click();
    await kiosk.getByRole('button', { name: /^Saved results/ }).click();
    await expect(kiosk.locator('.res-list')).toBeVisible();
    await kiosk.close();
  });

  await test.step('the chapter prints as a handout with its exercises, sources and address', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#sidebar')).toBeHidden();
    for (const sel of ['.takeaways', '#exercises', '.exercise', '#references']) await expect(page.locator(sel), sel).toBeVisible();
    await expect(page.locator('.print-url').filter({ visible: true })).toContainText(CHAPTER3);
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('offline, the visited chapter and tool still load', async () => {
    await page.goto(TOOL);
    await expect(page.locator('.res-root')).toBeVisible();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
    await page.goto(CHAPTER3);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(/Involvement and knowledge/);
    await page.goto(TOOL);
    await expect(page.locator('.res-root')).toBeVisible();
    await expect(page.locator('.res-status').first()).toContainText('Saved in this browser');
    await context.setOffline(false);
  });
});
