/**
 * The maturity audit in Chromium. The first three scenarios are KEYBOARD ONLY: Tab, Shift+Tab,
 * arrows, Space and Enter (file dialogs are answered through Playwright's file chooser, which is
 * what a person does in the system dialog). Expected scores are computed by hand in comments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, revealChart, reachTool } from './fixtures';
import { axeInBothThemes } from './axe';

const PAGE = { en: '/en/tools/maturity-audit/', fr: '/fr/outils/audit-de-maturite/' };
const QUESTIONS = JSON.parse(readFileSync(new URL('../../src/content/tools/maturity-audit/questions.en.json', import.meta.url), 'utf8')) as {
  dimensions: { id: string; statements: { id: string; scale?: 'fact' }[] }[];
};
const DIMENSIONS = QUESTIONS.dimensions.map((d) => d.id);
type Value = number | 'dk';
/** Position of a value among a statement's radios: practice 0–4 then "don't know"; fact no, partly, yes (0, 2, 4) then "don't know". */
const RADIO_INDEX = (value: Value, scale: 'practice' | 'fact' = 'practice'): number =>
  scale === 'fact' ? (value === 'dk' ? 3 : value / 2) : value === 'dk' ? 5 : value;

/**
 * The keyboard audit, dimension by dimension (facts: no 0, partly 2, yes 4):
 *  lf 0×6 (lf-7, lf-8 "no") → 0 · lt 1×6 → 25 · co 2,2,2,2,dk → 50 (4/5) · ce 3×4 → 75 · dp 4×8 → 100
 *  cp dk×8 → not assessed · cm partly, partly, 1, 2, no, 1, 2, 1 → 11 / 8 = 1.375 → 34.4 → 34
 *  ro 3, yes, 3, 4, 3 → 17 / 5 = 3.4 → 85 · om yes, 4, 3, 4 → 15 / 4 = 3.75 → 93.75 → 94
 *  overall = (0 + 25 + 50 + 75 + 100 + 34 + 85 + 94) / 8 = 463 / 8 = 57.9 → 58, Structured; weakest lf.
 *  Next steps: the three weakest below 80 → lf (0), lt (25), cm (34).
 */
const PLAN: Record<string, Value[]> = {
  lf: [0, 0, 0, 0, 0, 0],
  lt: [1, 1, 1, 1, 1, 1],
  co: [2, 2, 2, 2, 'dk'],
  ce: [3, 3, 3, 3],
  dp: [4, 4, 4, 4, 4, 4, 4, 4],
  cp: ['dk', 'dk', 'dk', 'dk', 'dk', 'dk', 'dk', 'dk'],
  cm: [2, 2, 1, 2, 0, 1, 2, 1],
  ro: [3, 4, 3, 4, 3],
  om: [4, 4, 3, 4],
};
const EXPECTED_SCORES = ['0', '25', '50', '75', '100', 'not assessed', '34', '85', '94', '58'];

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = options.max ?? 400;
  for (let step = 0; step <= max; step += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached with ${options.back ? 'Shift+Tab' : 'Tab'}`);
}

async function ready(page: Page, lang: 'en' | 'fr' = 'en'): Promise<void> {
  // Intercept file dialogs from the start (enabling it lazily can miss the first one).
  page.on('filechooser', () => undefined);
  await page.goto(PAGE[lang]);
  await reachTool(page);
  await expect(page.locator('.res-status')).toHaveText(lang === 'en' ? /Saved in this browser/ : /Enregistré dans ce navigateur/);
  await expect(page.locator('.ma-statement').first()).toBeVisible();
}

async function scoreCells(page: Page, scope = '.ma-results'): Promise<string[]> {
  return page.locator(`${scope} .ma-scores [data-score]`).allInnerTexts();
}

function envelope(id: string, answers: Record<string, Value>, extra: { respondent?: string; title?: string; updatedAt?: string } = {}) {
  const at = extra.updatedAt ?? '2026-11-20T09:00:00.000Z';
  return {
    format: 'kmm-result',
    formatVersion: 1,
    tool: 'maturity-audit',
    schemaVersion: 2,
    id,
    locale: 'en',
    title: extra.title ?? `Audit ${id}`,
    ...(extra.respondent ? { respondent: extra.respondent } : {}),
    createdAt: at,
    updatedAt: at,
    data: { answers: Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, { value }])), plan: [] },
  };
}

/** Every statement gets `base`, except where `overrides` say otherwise (undefined = unanswered). */
function answersWith(base: Value | ((dimension: string) => Value), overrides: Record<string, Value | undefined> = {}): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const dimension of QUESTIONS.dimensions) {
    for (const statement of dimension.statements) {
      const value = statement.id in overrides ? overrides[statement.id] : typeof base === 'function' ? base(dimension.id) : base;
      if (value !== undefined) out[statement.id] = value;
    }
  }
  return out;
}

function writeJson(path: string, value: unknown): string {
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

test.describe('keyboard only', () => {
  test.setTimeout(180_000);

  test('answer every statement, read the profile, export JSON and import it in a fresh browser: same scores', async ({ page, browser }, testInfo) => {
    await ready(page);
    for (const [index, dimension] of DIMENSIONS.entries()) {
      const values = PLAN[dimension] ?? [];
      const statements = QUESTIONS.dimensions[index]?.statements ?? [];
      await tabTo(page, `.ma-statement[data-statement="${statements[0]?.id}"] input[type="radio"]`);
      for (const [s, value] of values.entries()) {
        const id = statements[s]?.id ?? '';
        const scale = statements[s]?.scale ?? 'practice';
        // Focus enters an unanswered group on its first radio: Space picks 0, each → moves one up.
        await expect(page.locator(`.ma-statement[data-statement="${id}"] input[type="radio"]`).first()).toBeFocused();
        await page.keyboard.press('Space');
        for (let k = 0; k < RADIO_INDEX(value, scale); k += 1) await page.keyboard.press('ArrowRight');
        await expect(page.locator(`.ma-statement[data-statement="${id}"] input[type="radio"]`).nth(RADIO_INDEX(value, scale))).toBeChecked();
        await page.keyboard.press('Tab'); // the "confidence and note" disclosure
        await expect(page.locator(`.ma-statement[data-statement="${id}"] summary`)).toBeFocused();
        if (s < values.length - 1) await page.keyboard.press('Tab');
      }
      await tabTo(page, '.ma-stepper .res-button--primary');
      await page.keyboard.press('Enter');
      if (index < DIMENSIONS.length - 1) await expect(page.locator('.ma-dimension__name')).toBeFocused();
    }
    await expect(page.locator('.ma-results h2')).toBeFocused();
    await expect(page.locator('.ma-progress')).toContainText('54 of 54 statements answered (including 9 “Don’t know”)');

    // The profile: summary, table, radar, next steps.
    await expect(page.locator('.ma-results .ma-summary')).toHaveText(
      'Overall score 58/100 (Structured) over 8 of 9 dimensions assessed; weakest dimension: Learning from customers, 0/100 (Unaware).',
    );
    expect(await scoreCells(page)).toEqual(EXPECTED_SCORES);
    await expect(page.locator('.ma-results tr[data-dimension="lf"]')).toContainText('weakest');
    await revealChart(page.locator('.ma-results'));
    await expect(page.locator('.ma-results canvas[role="img"]')).toHaveAttribute('aria-label', /Learning from customers: 0; Learning to customers: 25;.*Controlling participation: not assessed/);
    expect(await page.locator('.ma-rec').evaluateAll((items) => items.map((item) => item.getAttribute('data-dimension')))).toEqual(['lf', 'lt', 'cm']);
    await expect(page.locator('.ma-rec[data-dimension="lf"] a').first()).toHaveAttribute('href', /\/en\/method\/knowledge-marketing\/#from-knowledge-about-to-knowledge-from-the-customer$/);
    await expect(page.locator('.ma-recs')).toContainText('Not assessed (no rated statement): Controlling participation.');

    // Next step → action plan, with the keyboard.
    await tabTo(page, '.ma-rec[data-dimension="lf"] .ma-step__add');
    await page.keyboard.press('Enter');
    await expect(page.locator('.ma-plan__item')).toHaveCount(1);
    await expect(page.locator('.ma-rec[data-dimension="lf"] .ma-step__add').first()).toHaveAttribute('aria-disabled', 'true');

    // Export JSON from the toolbar.
    await tabTo(page, '.res-toolbar summary', { back: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'JSON file (can be imported again)' })).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = testInfo.outputPath('audit.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'kmm-result', tool: 'maturity-audit', schemaVersion: 2 });
    expect(Object.keys(exported.data.answers)).toHaveLength(54);
    expect(exported.data.answers['co-5']).toEqual({ value: 'dk' });
    expect(exported.data.plan).toHaveLength(1);

    // A fresh browser: import the file with the keyboard, same profile.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await ready(other);
    expect(await scoreCells(other)).toEqual(Array.from({ length: 10 }, () => 'not assessed'));
    await tabTo(other, '.res-toolbar .res-import > button');
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.keyboard.press('Enter')]);
    await chooser.setFiles(file);
    await expect(other.locator('.ma-results .ma-summary')).toHaveText(/^Overall score 58\/100 \(Structured\)/);
    expect(await scoreCells(other)).toEqual(EXPECTED_SCORES);
    await expect(other.locator('.ma-plan__item')).toHaveCount(1);
    await fresh.close();
  });

  test('merge three respondents’ files and see the statements to discuss', async ({ page }, testInfo) => {
    // Everyone answers 2 (facts: partly), except: lf-1 0/1/2 (spread 2: discuss), lt-3 4/2/3 (spread 2: discuss),
    // cm-3 1/2/2 (spread 1: no), dp-1 3/—/1 (spread 2: discuss), om-3 dk/0/4 (spread 4: discuss).
    const files = [
      writeJson(testInfo.outputPath('ana.json'), envelope('ana-result', answersWith(2, { 'lf-1': 0, 'lt-3': 4, 'cm-3': 1, 'dp-1': 3, 'om-3': 'dk' }), { respondent: 'Ana' })),
      writeJson(testInfo.outputPath('anonymous.json'), envelope('anon-result', answersWith(2, { 'lf-1': 1, 'lt-3': 2, 'dp-1': undefined, 'om-3': 0 }))),
      writeJson(testInfo.outputPath('chloe.json'), envelope('chloe-result', answersWith(2, { 'lf-1': 2, 'lt-3': 3, 'dp-1': 1, 'om-3': 4 }), { respondent: 'Chloé' })),
    ];
    await ready(page);
    await tabTo(page, '.ma-team-start .ma-import > button');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles(files);

    const team = page.locator('.ma-team');
    await expect(team.locator('h2')).toHaveText('Team view');
    await expect(page.locator('.ma-questionnaire')).toHaveCount(0);
    await expect(team.locator('.ma-respondents__name')).toHaveText(['Ana', 'Respondent 2', 'Chloé']);
    await expect(team.locator('.ma-discuss-count')).toContainText('Statements to discuss: 4');
    expect(await team.locator('tr.ma-row--discuss').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-statement')))).toEqual(['lf-1', 'lt-3', 'dp-1', 'om-3']);
    await expect(team.locator('tr.ma-row--discuss .ma-flag')).toHaveText(['To discuss', 'To discuss', 'To discuss', 'To discuss']);
    // Discuss first: om-3 (spread 4), then lf-1 and lt-3 (spread 2, 3 rated, in questionnaire order), then dp-1 (spread 2, 2 rated).
    expect(await team.locator('.ma-discuss-first li').evaluateAll((items) => items.map((item) => item.getAttribute('data-statement')))).toEqual(['om-3', 'lf-1', 'lt-3', 'dp-1']);
    // Per statement: respondents' values, mean, min–max.
    await expect(team.locator('tr[data-statement="om-3"] td')).toContainText(['DK', '0', '4', '2', '0–4']);
    await expect(team.locator('tr[data-statement="cm-3"]')).not.toHaveClass(/ma-row--discuss/);
    // Team score of lf: lf-1 mean (0 + 1 + 2) / 3 = 1, five statements at 2 → 11 / 6 = 1.83 → 45.8 → 46.
    await expect(team.locator('.ma-team-dims tr[data-dimension="lf"] td').last()).toHaveText('46');

    // The facilitator records the agreed value 2 for lf-1, with a reason, from the keyboard.
    await tabTo(page, 'tr[data-statement="lf-1"] select');
    for (let k = 0; k < 3; k += 1) await page.keyboard.press('ArrowDown'); // not decided → 0 → 1 → 2
    await expect(page.locator('tr[data-statement="lf-1"] select')).toHaveValue('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Pilot sites count');
    // lf now: 2 × 6 / 6 = 2 → 50.
    await expect(team.locator('.ma-team-dims tr[data-dimension="lf"] td').last()).toHaveText('50');
    await expect(page.locator('.ma-results tr[data-dimension="lf"] [data-score]')).toHaveText('50', { useInnerText: true });

    // The team result is an envelope of the tool: it exports with respondents and decisions.
    await tabTo(page, '.res-toolbar summary', { back: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(exported.data.team.respondents.map((r: { id: string }) => r.id)).toEqual(['ana-result', 'anon-result', 'chloe-result']);
    expect(exported.data.team.decisions).toEqual({ 'lf-1': { value: 2, reason: 'Pilot sites count' } });
  });

  test('a hand-built team of four: what to discuss first, in order, and "not enough answers"', async ({ page }, testInfo) => {
    // Everyone answers 2 (facts: partly), except (A, B, C, D; — = unanswered):
    //  ce-2 0/4/2/2 → spread 4, 4 rated · om-2 0/4/—/— → spread 4, 2 rated · co-3 1/4/4/4 → spread 3, 4 rated
    //  lt-5 1/3/2/2 → spread 2, 4 rated · dp-8 1/3/2/DK → spread 2, 3 rated · cp-4 1/3/—/— → spread 2, 2 rated (6th: not flagged)
    //  ro-7 2/2/3/3 → spread 1 (no). D leaves om-2, om-3, om-4 unanswered: 1 of om's 4 statements rated.
    const files = [
      writeJson(testInfo.outputPath('a.json'), envelope('a', answersWith(2, { 'ce-2': 0, 'om-2': 0, 'co-3': 1, 'lt-5': 1, 'dp-8': 1, 'cp-4': 1 }), { respondent: 'Ana' })),
      writeJson(testInfo.outputPath('b.json'), envelope('b', answersWith(2, { 'ce-2': 4, 'om-2': 4, 'co-3': 4, 'lt-5': 3, 'dp-8': 3, 'cp-4': 3 }), { respondent: 'Ben' })),
      writeJson(testInfo.outputPath('c.json'), envelope('c', answersWith(2, { 'om-2': undefined, 'co-3': 4, 'cp-4': undefined, 'ro-7': 3 }), { respondent: 'Cleo' })),
      writeJson(testInfo.outputPath('d.json'), envelope('d', answersWith(2, { 'om-2': undefined, 'om-3': undefined, 'om-4': undefined, 'co-3': 4, 'dp-8': 'dk', 'cp-4': undefined, 'ro-7': 3 }), { respondent: 'Dan' })),
    ];
    await ready(page);
    await page.locator('.ma-team-start input[type="file"]').setInputFiles(files);
    const team = page.locator('.ma-team');
    await expect(team.locator('.ma-respondents__name')).toHaveText(['Ana', 'Ben', 'Cleo', 'Dan']);
    // Only the first five are flagged; the list shows them most disputed first (tables keep questionnaire order: lt, co, ce, dp, om).
    await expect(team.locator('.ma-discuss-count')).toContainText('Statements to discuss: 5');
    const first = team.locator('.ma-discuss-first li');
    expect(await first.evaluateAll((items) => items.map((item) => item.getAttribute('data-statement')))).toEqual(['ce-2', 'om-2', 'co-3', 'lt-5', 'dp-8']);
    await expect(first.locator('.ma-discuss-first__reason')).toHaveText([
      'answers from 0 to 4, 4 of 4 rated',
      'answers from 0 to 4, 2 of 4 rated',
      'answers from 1 to 4, 4 of 4 rated',
      'answers from 1 to 3, 4 of 4 rated',
      'answers from 1 to 3, 3 of 4 rated',
    ]);
    // Statement text, not ids.
    await expect(first.first().locator('.ma-discuss-first__text')).toHaveText(/\w{4,}.*\w{4,}/);
    expect(await team.locator('.ma-discuss-first, .ma-team-statements tbody th').allInnerTexts()).not.toContainEqual(expect.stringMatching(/\b[a-z]{2}-\d+\b/));
    expect(await team.locator('tr.ma-row--discuss').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-statement')))).toEqual(['lt-5', 'co-3', 'ce-2', 'dp-8', 'om-2']);
    await expect(team.locator('tr[data-statement="cp-4"]')).not.toHaveClass(/ma-row--discuss/);
    // om: Ana 2, 0, 2, 2 → 1.5 → 37.5 → 38; Ben 2, 4, 2, 2 → 2.5 → 62.5 → 63; Cleo 2, 2, 2 → 50;
    // Dan rated 1 of 4 → not enough answers. Mean (38 + 63 + 50) / 3 = 50.3 → 50; min–max 38–63.
    await expect(team.locator('.ma-team-dims tr[data-dimension="om"] td')).toHaveText(['38', '63', '50', 'not enough answers', '50', '38–63', /\d+/]);
    await expect(team.locator('.ma-team-help li')).toHaveCount(3);
  });

  test('compare the open audit with an older one', async ({ page }, testInfo) => {
    // Older: lf all 0, everything else 1 → lf 0, others 25; overall (0 + 8 × 25) / 9 = 22.2 → 22.
    // Current: lf all 4, cm all dk, everything else 3 → lf 100, cm n/a, others 75; overall (100 + 7 × 75) / 8 = 78.1 → 78.
    const older = writeJson(testInfo.outputPath('older.json'), envelope('older', answersWith((d) => (d === 'lf' ? 0 : 1)), { title: 'Spring audit', updatedAt: '2026-03-01T09:00:00.000Z' }));
    const current = writeJson(testInfo.outputPath('current.json'), envelope('current', answersWith((d) => (d === 'lf' ? 4 : d === 'cm' ? 'dk' : 3)), { title: 'Autumn audit' }));
    await ready(page);
    await tabTo(page, '.res-toolbar .res-import > button');
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles(current);
    await expect(page.locator('.ma-results .ma-summary')).toHaveText(/^Overall score 78\/100/);

    await tabTo(page, '.ma-compare .ma-import > button');
    [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles(older);
    const compare = page.locator('.ma-compare');
    await expect(compare.locator('.ma-note')).toHaveText('“Spring audit” imported and saved; it is selected as “Before”.');
    await expect(compare.locator('.ma-summary')).toHaveText('Overall score: 22 → 78 (+56). Largest rise: Learning from customers (+100).');
    expect(await compare.locator('.ma-delta [data-delta]').allInnerTexts()).toEqual(['+100', '+50', '+50', '+50', '+50', '+50', 'n/a', '+50', '+50', '+56']);
    await revealChart(compare);
    await expect(compare.locator('canvas[role="img"]')).toHaveAttribute('aria-label', /comparing “Spring audit” and “Autumn audit”/);
    // Both audits now sit in the saved list, and the comparison can be turned around from the keyboard.
    await tabTo(page, '.ma-compare select', { back: true });
    await page.getByRole('button', { name: 'Saved results (3)' }).click();
    await expect(page.locator('.res-list__item')).toHaveCount(3); // the empty audit of the first visit + the two imported
  });
});

async function importFile(page: Page, path: string | string[]): Promise<void> {
  await page.locator('.res-toolbar input[type="file"]').setInputFiles(path);
}

test.describe('one import entry point', () => {
  const three = (testInfo: { outputPath: (name: string) => string }) =>
    (
      [
        ['Ana', 1],
        ['Ben', 2],
        ['Cleo', 3],
      ] as const
    ).map(([name, value]) => writeJson(testInfo.outputPath(`${name}.json`), envelope(name.toLowerCase(), answersWith(value), { respondent: name, title: `${name}’s audit` })));

  test('three audit files chosen at once: the tool asks, and "merge as a team" opens the team view with three respondents', async ({ page }, testInfo) => {
    await ready(page);
    await importFile(page, three(testInfo));
    const dialog = page.getByRole('dialog', { name: 'Import 3 results' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Open 3 separate results' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Merge as one team result' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.ma-team .ma-respondents__name')).toHaveText(['Ana', 'Ben', 'Cleo']);
    await expect(page.locator('.res-import__messages')).toHaveText('Team result created with 3 respondents.');
    await page.getByRole('button', { name: 'Saved results (2)' }).click(); // the first visit's blank audit and the team
    await expect(page.locator('.res-list__item')).toHaveCount(2);
  });

  test('three audit files chosen at once: "separate" saves three results; Escape imports nothing and gives focus back', async ({ page }, testInfo) => {
    await ready(page);
    const files = three(testInfo);
    await tabTo(page, '.res-toolbar .res-import > button');
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles(files);
    const dialog = page.getByRole('dialog', { name: 'Import 3 results' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('.res-toolbar .res-import > button')).toBeFocused();
    await expect(page.locator('.res-import__messages')).toHaveText('Import cancelled: nothing was added.');
    await expect(page.getByRole('button', { name: 'Saved results (1)' })).toBeVisible();

    [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles(files);
    await dialog.getByRole('button', { name: 'Open 3 separate results' }).click();
    await page.getByRole('button', { name: 'Saved results (4)' }).click();
    const titles = page.locator('.res-list__item .res-list__title');
    await expect(titles).toHaveCount(4);
    expect((await titles.allInnerTexts()).map((title) => title.replace('(open)', '').trim()).sort()).toEqual(['Ana’s audit', 'Ben’s audit', 'Cleo’s audit', 'Untitled']);
    await expect(page.locator('.ma-team')).toHaveCount(0);
    // The panel closes with Escape and gives focus back to its button.
    await page.locator('.res-list__item button').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('.res-list')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Saved results (4)' })).toBeFocused();
  });

  test('au choix, en français : la question et ses réponses', async ({ page }, testInfo) => {
    await ready(page, 'fr');
    await importFile(page, three(testInfo));
    const dialog = page.getByRole('dialog', { name: 'Importer 3 résultats' });
    await expect(dialog).toContainText('résultat d’équipe ?');
    await dialog.getByRole('button', { name: 'Réunir en un résultat d’équipe' }).click();
    await expect(page.locator('.ma-team .ma-respondents__name')).toHaveText(['Ana', 'Ben', 'Cleo']);
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('a full audit and a team result fit without horizontal scrolling', async ({ page }, testInfo) => {
    const full = writeJson(testInfo.outputPath('full.json'), envelope('full', answersWith((d) => (d === 'cp' ? 'dk' : DIMENSIONS.indexOf(d) % 5))));
    await ready(page);
    await importFile(page, full);
    await expect(page.locator('.ma-results .ma-summary')).toHaveText(/^Overall score/);
    await revealChart(page.locator('.ma-results'));
    await expect(page.locator('.ma-results canvas')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    const a = writeJson(testInfo.outputPath('a.json'), envelope('a', answersWith(1), { respondent: 'A very long respondent name, head of customer relations' }));
    const b = writeJson(testInfo.outputPath('b.json'), envelope('b', answersWith(3)));
    await page.locator('.ma-team-start input[type="file"]').setInputFiles([a, b]);
    await expect(page.locator('.ma-team .ma-discuss-count')).toContainText('Statements to discuss: 5');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('accessibility (axe, WCAG 2.2 AA) with the tool filled in', () => {
  for (const lang of ['en', 'fr'] as const) {
    test(`${lang}, light and dark themes: audit, profile, plan, then team view`, async ({ page }, testInfo) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const audit = envelope('axe-audit', answersWith((d) => (d === 'cm' ? 'dk' : DIMENSIONS.indexOf(d) % 5)), { respondent: 'Axe' });
      const withPlan = { ...audit, locale: lang, data: { ...audit.data, plan: [{ id: 'p1', text: 'Name an owner', dimension: 'lf', step: 'lf-n3', owner: 'Dana', due: '2027-01-31', status: 'doing' }] } };
      await ready(page, lang);
      await importFile(page, writeJson(testInfo.outputPath('axe.json'), withPlan));
      await expect(page.locator('.ma-plan__item')).toHaveCount(1);
      await page.locator('.ma-statement details').first().evaluate((details) => details.setAttribute('open', ''));
      expect(await axeInBothThemes(page, 'audit')).toEqual([]);

      const a = writeJson(testInfo.outputPath('a.json'), envelope('a', answersWith(0, { 'lf-7': 'dk' }), { respondent: 'Ana' }));
      const b = writeJson(testInfo.outputPath('b.json'), envelope('b', answersWith(2)));
      await page.locator('.ma-team-start input[type="file"]').setInputFiles([a, b]);
      await expect(page.locator('.ma-team')).toBeVisible();
      await page.locator('tr[data-statement="lf-1"] select').selectOption('1');
      expect(await axeInBothThemes(page, 'team view')).toEqual([]);
    });
  }
});

test.describe('projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('at 1920×1080 the projected audit shows every figure at 24 px or more, and passes axe in both themes', async ({ page }, testInfo) => {
    const audit = writeJson(testInfo.outputPath('projected.json'), envelope('projected', answersWith((d) => (d === 'cm' ? 'dk' : DIMENSIONS.indexOf(d) % 5)), { respondent: 'Projected Person' }));
    await ready(page);
    await page.getByRole('button', { name: 'Workshop…' }).click();
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await expect(page.getByRole('button', { name: 'Workshop mode' })).toHaveAttribute('aria-pressed', 'true');
    await importFile(page, audit);
    await expect(page.locator('.ma-results .ma-summary')).toHaveText(/^Overall score/);
    await page.getByRole('button', { name: 'Projector view' }).click();
    const projector = page.getByRole('dialog', { name: 'Result (projector view, without names)' });
    await expect(projector.locator('.ma-scores [data-score]').first()).toBeVisible();
    await expect(projector).not.toContainText('Projected Person');
    // Every element that itself holds a digit (a score, a stage's range, a count) is drawn at 24 px or more.
    const small = await projector.evaluate((dialog) =>
      [...dialog.querySelectorAll('.res-projector__body *')]
        .filter((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /\d/.test(node.textContent ?? '')))
        .filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
        .map((el) => `${el.tagName}.${el.className} "${el.textContent?.trim().slice(0, 30)}" ${getComputedStyle(el).fontSize}`)
        .filter((line) => parseFloat(line.split(' ').pop() ?? '0') < 24),
    );
    expect(small).toEqual([]);
    expect(await projector.locator('.ma-scores [data-score]').count()).toBeGreaterThan(5);
    expect(await axeInBothThemes(page, 'projector view')).toEqual([]);
  });
});

test('a share link of a full audit opens read-only in a fresh browser with the same profile; both print with title and date', async ({ page, browser }, testInfo) => {
  const full = writeJson(testInfo.outputPath('full.json'), envelope('shared', answersWith((d) => (d === 'ro' ? 'dk' : (DIMENSIONS.indexOf(d) + 1) % 5)), { title: 'Shared audit' }));
  await ready(page);
  await importFile(page, full);
  await expect(page.locator('.ma-results .ma-summary')).toHaveText(/^Overall score/);
  const summary = await page.locator('.ma-results .ma-summary').innerText();
  // On paper the result says what it is (title, date) and the toolbar is gone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.res-print-head')).toContainText('Shared audit');
  await expect(page.locator('.res-print-head')).toContainText('Updated on');
  await expect(page.locator('.res-toolbar')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.res-print-head')).toBeHidden();
  await page.locator('.res-toolbar summary').click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.locator('.res-share-link input').inputValue();
  expect(new URL(link).hash.length).toBeLessThanOrEqual(2000);

  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto(link);
  await expect(reader.getByRole('heading', { name: 'Shared result (read-only)' })).toBeVisible();
  await expect(reader.locator('.ma-results .ma-summary')).toHaveText(summary);
  await expect(reader.locator('.ma-step__add')).toHaveCount(0);
  await reader.emulateMedia({ media: 'print' });
  await expect(reader.locator('.res-print-head')).toContainText('Shared audit');
  await fresh.close();
});

test('an audit exported with the first edition opens migrated, and says what changed', async ({ page }) => {
  await ready(page);
  await importFile(page, new URL('../unit/maturity-audit/fixtures/audit-v1-individual.json', import.meta.url).pathname);
  const notice = page.locator('.ma-revision');
  await expect(notice).toContainText('Answered with the first edition of the questionnaire');
  // 24 answers carried, 8 facts to answer again, 10 statements retired (see the unit migration test).
  await expect(notice).toContainText('24 answers were carried over');
  await expect(notice).toContainText('8 statements of fact are to be answered again');
  await expect(page.locator('.ma-statement[data-statement="lf-6"] .ma-revision-mark')).toContainText('split from lf-5');
  await expect(page.locator('.ma-statement[data-statement="lf-7"] .ma-revision-mark')).toContainText('Answer again');
  // Answering a statement settles its mark.
  await page.locator('.ma-statement[data-statement="lf-7"] input[type="radio"]').nth(1).check();
  await expect(page.locator('.ma-statement[data-statement="lf-7"] .ma-revision-mark')).toHaveCount(0);
});
