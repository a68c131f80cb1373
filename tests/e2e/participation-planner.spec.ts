import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, revealChart, reachTool } from './fixtures';
import { axeInBothThemes } from './axe';

const EN = '/en/tools/participation-planner/';
const FR = '/fr/outils/planificateur-de-participation/';

test.use({ locale: 'en-US', timezoneId: 'UTC' });

/** What has the keyboard focus: tag, type, accessible-ish name and value. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', type: '', name: '', value: '', id: '' };
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? '';
    const group = el.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? '',
      name: (el.getAttribute('aria-label') ?? (label || el.textContent || '')).trim(),
      group: group.trim(),
      value: input.value ?? '',
      id: el.id,
    };
  });
}

/** Presses Tab until the focused element matches; fails after `max` presses. Keyboard only. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string, max = 400) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`could not reach ${what} with Tab`);
}
const named = (name: string | RegExp) => (f: { name: string }) => (typeof name === 'string' ? f.name === name : name.test(f.name));
const radioIn = (group: string) => (f: { type: string; group?: string }) => f.type === 'radio' && f.group === group;

/** Moves to a radio group with Tab, then picks the n-th option after "Not decided" with the arrows. */
async function choose(page: Page, group: string, steps: number) {
  await tabTo(page, radioIn(group), `the “${group}” choices`);
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
}
async function next(page: Page, step: string) {
  await tabTo(page, named(`Next: ${step}`), `Next: ${step}`);
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(new RegExp(`^\\d+\\. ${step}$`));
}

async function exportJson(page: Page): Promise<string> {
  await tabTo(page, (f) => f.tag === 'summary' && /^Export/.test(f.name), 'the Export menu');
  await page.keyboard.press('Enter');
  await tabTo(page, named('JSON file (can be imported again)'), 'the JSON export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return download.path();
}

test('keyboard only: steps, profile, control mix, action plan, export/import round trip and A4 print', async ({ page, browser }) => {
  test.setTimeout(240_000); // some 400 key presses, each checked; slow on two shared cores
  await page.goto(EN);
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible({ timeout: 20_000 }); // hydrated

  await tabTo(page, named('Title'), 'the title');
  await page.keyboard.type('Repair café plan');

  // Step list: jump to step 1.
  await tabTo(page, named(/^1\. The offer/), 'step 1 in the list');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText('1. The offer');
  await tabTo(page, named('Name of the offer'), 'the offer name');
  await page.keyboard.type('Repair café evenings');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Community services');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Members fix their own objects with volunteers every week.');
  await choose(page, 'Physical involvement', 3); // High
  await choose(page, 'Mental involvement', 2); // Moderate
  await expect(page.locator('.pp-steps__item--complete', { hasText: 'The offer' })).toBeVisible();

  await next(page, 'Moments of participation');
  await tabTo(page, named(/^Co-production: customers take part/), 'the co-production box');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bring a broken object and repair it with help.');

  await next(page, 'Participation level');
  await choose(page, 'Participation level', 3); // High
  await next(page, 'Personalisation');
  await choose(page, 'Degree of personalisation', 2); // Mass customisation

  await next(page, 'Co-production profile');
  await expect(page.locator('.pp-readout')).toHaveText('Participation level (step 3): High');
  await choose(page, 'Number of participants', 2); // Small group
  await choose(page, 'One-off or repeated', 2); // Repeated
  await choose(page, 'Space of freedom', 2); // Moderate
  await choose(page, 'Customers’ main motive', 4); // The experience
  const proposal = page.locator('.pp-proposal');
  await expect(proposal.getByText('Nearest profile: E. Instrumental co-production (Experiential co-production)')).toBeVisible();
  await expect(proposal.getByText('Distance: 0.')).toBeVisible();

  await next(page, 'Readiness and risk');
  await choose(page, 'Consumer culture', 1); // Used to it
  await choose(page, 'Duration of the service', 2); // Medium
  await choose(page, 'Complexity of the service', 2); // Moderate
  await choose(page, 'Level of innovation', 1); // Low
  await choose(page, 'Customers’ knowledge', 2); // Intermediate
  await choose(page, 'Risk of deviant behaviour', 2); // Moderate
  await choose(page, 'How much the result matters', 1); // Little
  await expect(page.getByText('6 of 6 steps filled in')).toBeVisible();

  // Control mix: high level +10 accompaniment → 50 / 30 / 40. A small group that meets again is not
  // a community, so the community rule stays silent and sanction stays last.
  await next(page, 'Control mix');
  const mix = page.locator('.pp-step--mix');
  await expect(mix.locator('.pp-mix__sentence')).toHaveText(
    'Suggested emphasis: Support and training 50 (moderate), then configuration of the offer 40 (moderate) and sanction 30 (light).',
  );
  await expect(mix.getByText('High participation level → prepare customers for their role.').first()).toBeVisible();
  await revealChart(mix);
  await expect(mix.locator('canvas')).toHaveAttribute('aria-label', /Sanction 30/);
  await expect(mix.locator('.pp-mix-table tbody tr').nth(1).locator('td').first()).toHaveText('30');

  // Action plan: pick a suggested action, edit it, complete it; add one of our own.
  await next(page, 'Action plan');
  await tabTo(page, named('Add “Ratings and reputation” to the plan'), 'the ratings action');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveValue('Ratings and reputation');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Ratings after each club night');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sam');
  await page.keyboard.press('Tab');
  await page.keyboard.type('03152026'); // the date field's segments: month, day, year
  await tabTo(page, named('Status'), 'the status', 5); // the date field holds a focusable calendar button
  await page.keyboard.press('ArrowDown'); // To do → In progress
  await tabTo(page, named('Add an action of your own (Support and training)'), 'own action');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Welcome card for newcomers');
  const plan = page.locator('.pp-plan > li');
  await expect(plan).toHaveCount(2);
  await expect(plan.nth(0).locator('input[type="date"]')).toHaveValue('2026-03-15');
  await expect(plan.nth(0).locator('select')).toHaveValue('doing');

  await next(page, 'Benefits and limits');
  await tabTo(page, named('Loyalty: applies to this offer'), 'the loyalty check');
  await page.keyboard.press('Space');
  await tabTo(page, named('Note on “Loyalty”'), 'the loyalty note', 3);
  await page.keyboard.type('Members come back every week');

  await next(page, 'Summary');
  const summary = page.locator('.pp-step--summary');
  await expect(summary.locator('.pp-summary .res-print-head__title')).toHaveText('Repair café plan');
  await expect(summary.getByText('Ratings after each club night')).toBeVisible();
  await expect(summary.getByText('Co-production profile used: E. Instrumental co-production (proposed).', { exact: false })).toBeVisible();
  await expect(page.locator('.res-status').getByText('Saved in this browser')).toBeVisible();

  // Export JSON with the keyboard.
  const path = await exportJson(page);
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  expect(exported).toMatchObject({ format: 'kmm-result', tool: 'participation-planner', title: 'Repair café plan' });
  expect(exported.data.actions).toHaveLength(2);
  expect(exported.data.actions[0]).toMatchObject({ text: 'Ratings after each club night', owner: 'Sam', due: '2026-03-15', status: 'doing', source: 'ratings' });
  expect(exported.data.checks.loyalty).toEqual({ confirmed: true, note: 'Members come back every week' });

  // A fresh browser context: import the file with the keyboard, the same plan comes back.
  const fresh = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const other = await fresh.newPage();
  other.on('filechooser', () => undefined); // intercept file dialogs from the start (enabling it lazily can miss the first one)
  const errors: string[] = [];
  other.on('pageerror', (error) => errors.push(String(error)));
  await other.goto(EN);
  await expect(other.locator('.res-status').getByText('Saved in this browser')).toBeVisible({ timeout: 20_000 });
  await tabTo(other, named('Import files…'), 'the import button');
  const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.keyboard.press('Enter')]);
  await chooser.setFiles(path);
  await expect(other.getByRole('textbox', { name: 'Title' })).toHaveValue('Repair café plan');
  await expect(other.getByRole('textbox', { name: 'Name of the offer' })).toHaveValue('Repair café evenings');
  await expect(other.locator('.pp-proposal__name')).toHaveText('Nearest profile: E. Instrumental co-production (Experiential co-production)');
  await expect(other.locator('.pp-step--mix .pp-mix__sentence')).toHaveText(/^Suggested emphasis: Support and training 50 \(moderate\)/);
  await expect(other.locator('.pp-plan > li')).toHaveCount(2);
  const again = JSON.parse(readFileSync(await exportJson(other), 'utf8'));
  expect(again.data).toEqual(exported.data);
  expect(again.title).toBe(exported.title);

  // Print: an A4 summary with the title, chart, tables and text; the inputs are hidden.
  const printed = other.locator('.pp-step--summary');
  await revealChart(printed);
  await other.emulateMedia({ media: 'print' });
  await expect(printed.locator('.pp-summary .res-print-head__title')).toBeVisible();
  await expect(printed.locator('canvas')).toBeVisible();
  await expect(printed.locator('.pp-summary__text')).toContainText('Repair café evenings');
  await expect(printed.getByText('Ratings after each club night')).toBeVisible();
  await expect(other.locator('.pp-step--offer')).toBeHidden();
  await expect(other.locator('.res-toolbar')).toBeHidden();
  await expect(other.locator('.pp-explain')).toBeHidden();
  const pdf = await other.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  expect(errors).toEqual([]);
  await fresh.close();
});

/** The worked examples are folded: open the box (if it is not open already) before choosing one. */
async function openExamples(page: Page): Promise<void> {
  const box = page.locator('details.pp-examples');
  if (!(await box.evaluate((details) => (details as HTMLDetailsElement).open))) await box.locator('summary').click();
}

async function loadExample(page: Page, label: string) {
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/, { timeout: 20_000 });
  await openExamples(page);
  await page.getByRole('button', { name: `Load the example: ${label}` }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(`${label} (illustration)`);
}

test('axe finds no WCAG 2.2 AA violation with results visible, light and dark', async ({ page }) => {
  test.setTimeout(120_000); // a long page: axe needs time on two shared cores
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(EN);
  await loadExample(page, 'A weight-loss programme');
  await page.getByRole('button', { name: 'Add “Clear tutorials and instructions” to the plan' }).click();
  await page.locator('.pp-idle summary').click();
  await page.getByRole('checkbox', { name: 'Loyalty: applies to this offer' }).check();
  await revealChart(page.locator('.pp-step--mix'));
  await expect(page.locator('.pp-step--mix canvas')).toBeVisible();
  expect(await axeInBothThemes(page)).toEqual([]);
});

test('works on a phone: no horizontal scroll, in French, with every example', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(FR);
  await reachTool(page);
  await expect(page.locator('.res-status').getByText('Enregistré dans ce navigateur')).toBeVisible({ timeout: 20_000 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  const expected: Record<string, string> = {
    'Caisse automatique': 'A. Libre-service',
    'Meuble en kit': 'B. Meuble en kit',
    'Un concert': 'C. Coproduction événementielle',
    'Une préparation pour gâteau': 'D. Coproduction centrée sur l’objet',
    'Un club de jeux de société': 'E. Coproduction instrumentale',
    'Un programme d’amaigrissement': 'E. Coproduction instrumentale',
  };
  for (const [label, profile] of Object.entries(expected)) {
    await openExamples(page);
    await page.getByRole('button', { name: `Charger l’exemple : ${label}` }).click();
    await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue(`${label} (illustration)`);
    await expect(page.locator('.pp-proposal__name')).toContainText(`Profil le plus proche : ${profile}`);
    await expect(page.locator('.pp-summary__text')).toContainText('Accent suggéré');
    expect(await overflow(), label).toBeLessThanOrEqual(0);
  }
  await page.getByRole('button', { name: 'Ajouter « Tutoriels et notices claires » au plan' }).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.locator('.pp-idle summary').click();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test('PNG export of the chart; a share link opens the summary read-only', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(EN);
  await loadExample(page, 'A concert');
  await page.locator('summary', { hasText: 'Export' }).click();
  // The chart as a PNG image (drawn off screen, readable on white).
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PNG/ }).click()]);
  expect(png.suggestedFilename()).toMatch(/chart-1\.png$/);
  expect([...readFileSync(await png.path()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied to the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(link);
  await expect(reader.locator('.pp-summary .res-print-head__title')).toHaveText('A concert (illustration)');
  await expect(reader.locator('.pp-summary__text')).toContainText('Suggested emphasis: Configuration of the offer 65 (strong)');
  await expect(reader.locator('.pp-step--offer')).toHaveCount(0);
});
