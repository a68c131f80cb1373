import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, revealChart, reachTool } from './fixtures';
import { axeInBothThemes } from './axe';

const EN = '/en/tools/segment-positioning/';
const FR = '/fr/outils/positionnement-des-segments/';
const ENERGY = 'Energy supplier: household customers';

async function open(page: Page, path = EN): Promise<void> {
  await page.goto(path);
  await reachTool(page);
  await expect(page.locator('.res-status').first()).toHaveText(/Saved in this browser|Enregistré dans ce navigateur/);
}

async function loadEnergyPreset(page: Page): Promise<void> {
  await page.locator('.sp-presets-box > summary').click();
  await page.getByRole('button', { name: `Load the example “${ENERGY}”` }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(`Illustration: ${ENERGY}`);
  await expect(page.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(6);
}

/** The cells of the matrix table's row for a segment, as text. */
async function row(page: Page, name: string, table: Locator = page.locator('.sp-matrix .sp-table')): Promise<string[]> {
  const cells = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).locator('th, td');
  return cells.allInnerTexts();
}

/**
 * The same placement as another member's own result (another result id): one team-import rule counts
 * a result once, so a second member needs a result of their own, not a second export of the first.
 */
function asOtherMember(path: string, id: string): string {
  const copy = `${path}-${id}.json`;
  writeFileSync(copy, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), id }));
  return copy;
}

async function exportJson(page: Page): Promise<string> {
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON file (can be imported again)' }).click()]);
  await page.locator('summary', { hasText: 'Export' }).click(); // close the menu
  return download.path();
}

test('load an example, add a segment, move it by keyboard across a boundary: its strategy changes and is announced', async ({ page }) => {
  await open(page);
  await loadEnergyPreset(page);
  await expect(page.locator('.sp-badge').first()).toHaveText('Illustration');
  expect(await row(page, 'Eco-engaged households')).toEqual([
    'Eco-engaged households',
    '18%',
    '5.5',
    '7.5',
    'Involved intermediates (target zone)',
    'Prime target: co-create and empower',
    '6.5 / 8 (Involved intermediates (target zone))',
  ]);

  await page.getByRole('button', { name: 'Add a segment' }).click();
  const name = page.getByRole('textbox', { name: 'Segment name' });
  await expect(name).toBeFocused();
  await name.fill('Night-shift tenants');
  // A new segment starts unplaced, and the editor asks for it to be placed.
  expect((await row(page, 'Night-shift tenants')).slice(2, 6)).toEqual(['not placed yet', 'not placed yet', '—', '—']);
  await expect(page.locator('.sp-placed--none')).toContainText('Not placed yet');

  const pad = page.getByRole('slider', { name: 'Position of “Night-shift tenants”' });
  await pad.focus();
  const live = page.locator('.sp-live');
  // ↓ once: involvement 4.5 is below the 5 boundary → detached intermediates.
  await page.keyboard.press('ArrowDown');
  // The pad starts from the middle (5, 5): the first move places the segment and switches it to typed-in positions.
  await expect(live).toContainText(
    '“Night-shift tenants”: knowledge 5 (intermediate), involvement 4.5 (low). New zone: Detached intermediates. New strategy: Raise involvement; the basics are there.',
  );
  await expect(pad).toHaveAttribute('aria-valuetext', 'knowledge 5 (intermediate), involvement 4.5 (low): Detached intermediates');
  expect((await row(page, 'Night-shift tenants')).slice(2, 6)).toEqual(['5', '4.5', 'Detached intermediates', 'Raise involvement; the basics are there']);
  await expect(page.locator('.sp-strategy[data-zone="low-intermediate"]')).toContainText('Night-shift tenants');

  // Shift+→ moves by 1: 6, then 7 = the expert boundary.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(live).toHaveText('“Night-shift tenants”: knowledge 6 (intermediate), involvement 4.5 (low). Zone: Detached intermediates.');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(live).toHaveText(
    '“Night-shift tenants”: knowledge 7 (expert), involvement 4.5 (low). New zone: Detached experts. New strategy: Serve them efficiently; do not train them.',
  );
  // ← by 0.5 goes back under 7; ↑ back to 5.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('New zone: Involved intermediates (target zone). New strategy: Prime target: co-create and empower.');
  expect((await row(page, 'Night-shift tenants')).slice(2, 4)).toEqual(['6.5', '5']);

  // The typed-in fields follow the keyboard.
  await expect(page.getByRole('textbox', { name: 'Knowledge (0 novice, 10 expert)' })).toHaveValue('6.5');

  // The target handle: arrows now move the target, starting from the current position.
  await page.getByRole('radio', { name: 'the target position' }).check();
  const targetPad = page.getByRole('slider', { name: 'Target position of “Night-shift tenants”' });
  await targetPad.focus();
  await page.keyboard.press('ArrowUp');
  await expect(live).toHaveText('Target of “Night-shift tenants”: knowledge 6.5 (intermediate), involvement 5.5 (high). Zone: Involved intermediates (target zone).');
  expect((await row(page, 'Night-shift tenants'))[6]).toBe('6.5 / 5.5 (Involved intermediates (target zone))');

  // Work survives a reload.
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(7);
  expect((await row(page, 'Night-shift tenants')).slice(2, 4)).toEqual(['6.5', '5']);
});

test('export JSON, import it in a fresh browser: the same positions come back', async ({ page, browser }) => {
  await open(page);
  await loadEnergyPreset(page);
  await page.getByRole('radio', { name: /Bill watchers/ }).check();
  const pad = page.getByRole('slider', { name: 'Position of “Bill watchers”' });
  await pad.focus();
  await page.keyboard.press('ArrowRight'); // 3 → 3.5
  await expect(page.locator('.sp-live')).toContainText('New zone: Detached intermediates');
  const before = await page.locator('.sp-matrix .sp-table tbody tr').allInnerTexts();
  const file = await exportJson(page);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'kmm-result', tool: 'segment-positioning', schemaVersion: 2 });
  expect(exported.data.segments.find((segment: { id: string }) => segment.id === 'bill-watchers').direct).toEqual({ knowledge: 3.5, involvement: 2.5 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other);
  await expect(other.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(0);
  await other.locator('.res-toolbar input[type="file"]').setInputFiles(file);
  await expect(other.getByRole('textbox', { name: 'Title' })).toHaveValue(`Illustration: ${ENERGY}`);
  await expect(other.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(6);
  expect(await other.locator('.sp-matrix .sp-table tbody tr').allInnerTexts()).toEqual(before);
  expect((await row(other, 'Bill watchers')).slice(2, 5)).toEqual(['3.5', '2.5', 'Detached intermediates']);
  await fresh.close();
});

test('merge two team members’ placements: mean, spread and zone per segment', async ({ page }) => {
  await open(page);
  await loadEnergyPreset(page);
  await page.getByRole('textbox', { name: 'Respondent (optional)' }).fill('Ana');
  await page.waitForTimeout(700);
  const ana = await exportJson(page);

  // Ben sees the eco-engaged households as more knowledgeable: knowledge 5.5 → 7.5.
  await page.getByRole('textbox', { name: 'Respondent (optional)' }).fill('Ben');
  const pad = page.getByRole('slider', { name: 'Position of “Eco-engaged households”' });
  await pad.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.locator('.sp-live')).toContainText('New zone: Involved experts');
  await page.waitForTimeout(700);
  const ben = asOtherMember(await exportJson(page), 'member-ben');

  const merge = page.locator('.sp-section--merge');
  await merge.getByRole('checkbox', { name: /Include the open placement/ }).uncheck();
  await merge.getByLabel('Team results files (.json)').setInputFiles([ana, ben]);
  await expect(merge.locator('.res-import__messages').getByText(/added: Ana\./)).toBeVisible();
  await expect(merge.locator('.res-import__messages').getByText(/added: Ben\./)).toBeVisible();
  const table = merge.locator('.sp-table');
  // knowledge 5.5 and 7.5 → mean 6.5 (5.5–7.5), sd 1; involvement 7.5 both → sd 0; zone of (6.5, 7.5): target.
  // Ana's (5.5, 7.5) is in the target zone, Ben's (7.5, 7.5) among the involved experts: the table says so.
  expect(await row(page, 'Eco-engaged households', table)).toEqual([
    'Eco-engaged households',
    '2',
    '6.5 (5.5–7.5)',
    '7.5 (7.5–7.5)',
    '1; 0',
    'Involved intermediates (target zone) — members disagree: 1 × Involved intermediates (target zone), 1 × Involved experts.',
  ]);
  expect((await row(page, 'Bill watchers', table)).slice(1, 5)).toEqual(['2', '3 (3–3)', '2.5 (2.5–2.5)', '0; 0']);
  await expect(merge.locator('.sp-summary')).toHaveText('6 segments from 2 placements. The placements agree: no standard deviation is above 1.');
  await revealChart(merge.locator('.sp-merge__result')); // charts load as they come near the viewport
  await expect(merge.getByRole('img', { name: /Team average on the involvement × knowledge matrix/ })).toBeVisible();

  // Keep the average as a new result: it opens, with the mean positions.
  await merge.getByRole('button', { name: 'Keep the average as a new result' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Team average (2 placements)');
  expect((await row(page, 'Eco-engaged households')).slice(2, 5)).toEqual(['6.5', '7.5', 'Involved intermediates (target zone)']);
});

test('a placement shared by link joins the merge; a link without a result is refused', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await loadEnergyPreset(page);
  await page.locator('summary', { hasText: 'Export' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied to the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#r=1\./);
  // The open result's own link would be the same member counted once: place the same segments in a
  // new result of one's own, then add the first one by its link.
  await page.getByRole('button', { name: 'New result' }).click();
  await loadEnergyPreset(page);
  const merge = page.locator('.sp-section--merge');
  await merge.getByLabel('Team share links (one per line)').fill(`${link}\nhttps://example.invalid/no-fragment`);
  await merge.getByRole('button', { name: 'Add the links' }).click();
  await expect(merge.locator('.res-import__messages').getByText(`Link 1 added: Illustration: ${ENERGY}.`)).toBeVisible();
  await expect(merge.locator('.res-import__messages').getByText('Link 2 refused: This link does not contain a shared result.')).toBeVisible();
  // The open placement and the same segments by link: every segment matched, no spread.
  await expect(merge.locator('.sp-table tbody tr')).toHaveCount(6);
  expect((await row(page, 'Home-energy enthusiasts', merge.locator('.sp-table'))).slice(1, 5)).toEqual(['2', '8.5 (8.5–8.5)', '8.5 (8.5–8.5)', '0; 0']);

  // The link itself opens read-only, with the matrix and the strategies.
  await page.goto(`${EN}${new URL(link).hash}`);
  await expect(page.getByRole('heading', { name: 'Shared result (read-only)' })).toBeVisible();
  await expect(page.locator('.sp-shared .sp-table tbody tr')).toHaveCount(6);
  await expect(page.locator('.sp-shared .sp-strategy')).toHaveCount(6);
  await expect(page.locator('.sp-shared [role="slider"]')).toHaveCount(0);
});

test('questions mode derives the position; switching back and forth loses nothing', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add a segment' }).click();
  await page.getByRole('textbox', { name: 'Segment name' }).fill('Weekend hobbyists');
  await page.getByRole('radio', { name: 'Answer six short questions' }).check();
  await expect(page.getByText('Involvement: answer at least one question to place the segment.')).toBeVisible();
  const answer = async (question: RegExp, label: string) =>
    page.getByRole('group', { name: question }).getByRole('radio', { name: label }).check();
  await answer(/Before choosing, they spend time learning about the offer/, '3 · Largely');
  await answer(/They spend time on the subject around the offer/, '2 · Moderately');
  await answer(/After buying, they spend time learning/, '4 · Fully');
  await answer(/They are familiar with the products/, '1 · Slightly');
  await answer(/They can do, without help, what the offer asks/, '1 · Slightly');
  await answer(/They could advise other customers/, '2 · Moderately');
  // involvement 3, 2, 4 → mean 3 → 7.5 ; knowledge 1, 1, 2 → mean 4/3 → 3.33 (novice)
  await expect(page.getByText('Involvement derived: 7.5 out of 10 (answers: 3 of 3).')).toBeVisible();
  await expect(page.getByText('Knowledge derived: 3.33 out of 10 (answers: 3 of 3).')).toBeVisible();
  expect((await row(page, 'Weekend hobbyists')).slice(2, 6)).toEqual(['3.33', '7.5', 'Involved novices', 'Support first steps so they do not give up']);

  // One step right by keyboard: typed-in mode from the derived position, landing on 3.5 (not 3.83).
  await page.getByRole('slider', { name: 'Position of “Weekend hobbyists”' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.sp-live')).toContainText('now uses typed-in positions; its answers to the questions are kept.');
  await expect(page.locator('.sp-live')).toContainText('New zone: Involved intermediates (target zone).');
  await expect(page.getByRole('radio', { name: 'Type in both positions (0 to 10)' })).toBeChecked();
  // Back to questions: the answers are still there.
  await page.getByRole('radio', { name: 'Answer six short questions' }).check();
  await expect(page.getByText('Knowledge derived: 3.33 out of 10 (answers: 3 of 3).')).toBeVisible();
});

test('typed values are checked; a deleted segment can be restored', async ({ page }) => {
  await open(page, FR);
  await page.getByRole('button', { name: 'Ajouter un segment' }).click();
  await expect(page.getByText('Donnez un nom au segment', { exact: false })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nom du segment' }).fill('Artisans');
  // A new segment starts unplaced; typing its position in places it (the fields start at 5 and 5).
  await expect(page.locator('.sp-placed--none')).toContainText('Pas encore placé');
  await page.getByRole('radio', { name: 'Saisir les deux positions (0 à 10)' }).check();
  const knowledge = page.getByRole('textbox', { name: 'Connaissance (0 novice, 10 expert)' });
  await knowledge.fill('12');
  await expect(page.getByText('Saisissez un nombre de 0 à 10, par exemple 6,5.')).toBeVisible();
  await expect(knowledge).toHaveAttribute('aria-invalid', 'true');
  await knowledge.fill('7,5');
  await expect(page.getByText('Saisissez un nombre de 0 à 10, par exemple 6,5.')).toHaveCount(0);
  expect((await row(page, 'Artisans')).slice(2, 5)).toEqual(['7,5', '5', 'Experts impliqués']);
  const size = page.getByRole('textbox', { name: 'Taille (facultative)' });
  await size.fill('120');
  await expect(page.getByText('Une part de la clientèle ne peut pas dépasser 100 %.')).toBeVisible();
  await size.fill('12,5');
  expect((await row(page, 'Artisans'))[1]).toMatch(/^12,5\s%$/);

  await page.getByRole('button', { name: 'Supprimer ce segment' }).click();
  await expect(page.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(0);
  await page.getByRole('button', { name: 'Rétablir « Artisans »' }).click();
  expect((await row(page, 'Artisans')).slice(2, 5)).toEqual(['7,5', '5', 'Experts impliqués']);
});

test('charts export as PNG and the print view keeps the result, not the inputs', async ({ page }) => {
  await open(page);
  await loadEnergyPreset(page);
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Charts as PNG images' }).click()]);
  expect(download.suggestedFilename()).toMatch(/segment-positioning_\d{4}-\d{2}-\d{2}_chart-1\.png$/);
  const png = readFileSync(await download.path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(png.length).toBeGreaterThan(20_000);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.res-print-head')).toBeVisible();
  await expect(page.locator('.res-print-head')).toContainText(`Illustration: ${ENERGY}`);
  await expect(page.locator('.sp-controls')).toBeHidden();
  await expect(page.locator('.sp-segments__editor')).toBeHidden();
  await revealChart(page.locator('.sp-matrix'));
  await expect(page.locator('.sp-matrix canvas')).toBeVisible();
  await expect(page.locator('.sp-matrix .sp-table')).toBeVisible();
  await expect(page.locator('.sp-strategy').first()).toBeVisible();
});

test('the chart follows the theme switch without a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await open(page);
  await revealChart(page.locator('.sp-matrix'));
  const canvas = page.locator('.sp-matrix canvas');
  await expect(canvas).toBeVisible();
  /** Luminance (0–255) of the canvas at 50 % across and 30 % down: inside the target zone, where no bubble is drawn yet. */
  const sample = () =>
    canvas.evaluate((element: HTMLCanvasElement) => {
      const context = element.getContext('2d');
      const pixel = context?.getImageData(Math.round(element.width * 0.5), Math.round(element.height * 0.3), 1, 1).data;
      return pixel ? 0.2126 * (pixel[0] ?? 0) + 0.7152 * (pixel[1] ?? 0) + 0.0722 * (pixel[2] ?? 0) : -1;
    });
  await expect.poll(sample).toBeGreaterThan(200); // light accent-soft fill
  await page.locator('.theme-header select[data-theme-select]').selectOption('dark');
  await expect.poll(sample).toBeLessThan(80); // dark accent-soft fill
  await page.locator('.theme-header select[data-theme-select]').selectOption('light');
  await expect.poll(sample).toBeGreaterThan(200);
});

test('on a phone: no horizontal scroll, and the keyboard still moves segments', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
  const page = await phone.newPage();
  await open(page);
  await loadEnergyPreset(page);
  await page.locator('.sp-section--merge').scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.getByRole('slider', { name: 'Position of “Eco-engaged households”' }).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator('.sp-live')).toContainText('New zone: Detached intermediates');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await phone.close();
});

for (const path of [EN, FR]) {
  test(`axe: no WCAG 2.2 AA violation with segments loaded, light and dark (${path})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, path);
    await page.locator('.sp-presets-box > summary').click();
    await page.locator('.sp-preset button').first().click();
    await expect(page.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(6);
    // Show every kind of input: the questions of the selected segment, an invalid field, the merge view.
    await page.locator('.sp-mode input[value="questions"]').check();
    await page.locator('.sp-questions input[type="radio"]').nth(3).check();
    await page.locator('.sp-editor input[type="text"]').first().fill('');
    await page.locator('.sp-section--merge textarea').fill('x');
    await page.locator('.sp-section--merge .res-button').first().click();
    await expect(page.locator('.sp-section--merge .res-import__messages li')).toHaveCount(1);
    await page.locator('.sp-pad').focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('.sp-live')).not.toBeEmpty();
    expect(await axeInBothThemes(page)).toEqual([]);
  });
}

test('axe: the merged view has no violation either, light and dark', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await loadEnergyPreset(page);
  const file = asOtherMember(await exportJson(page), 'member-two');
  await page.locator('.sp-section--merge').getByLabel('Team results files (.json)').setInputFiles(file);
  await expect(page.locator('.sp-section--merge .sp-table tbody tr')).toHaveCount(6);
  expect(await axeInBothThemes(page)).toEqual([]);
});
