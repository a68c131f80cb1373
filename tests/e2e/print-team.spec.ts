import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, reachTool, revealChart } from './fixtures';
import { partedAtPageEnd, pdfPages, words } from './pdf';

/**
 * A team audit on paper (issue 21): the team's profile first, then what to discuss, and no heading
 * or table header left at the foot of a page (read from the PDF's text with poppler's pdftotext).
 */
const QUESTIONS = JSON.parse(readFileSync(new URL('../../src/content/tools/maturity-audit/questions.en.json', import.meta.url), 'utf8')) as {
  dimensions: { id: string; statements: { id: string; scale?: 'fact' }[] }[];
};

/** Respondent r's answer to the statement at position i: fact statements take 0, 2 or 4; spreads vary so many rows are flagged. */
function answersOf(r: number): Record<string, { value: number }> {
  const out: Record<string, { value: number }> = {};
  let i = 0;
  for (const dimension of QUESTIONS.dimensions) {
    for (const statement of dimension.statements) {
      const raw = (i * (r + 1) + r) % 5;
      out[statement.id] = { value: statement.scale === 'fact' ? (raw % 3) * 2 : raw };
      i += 1;
    }
  }
  return out;
}

test('a printed team audit puts the team profile (with its respondents’ spread) before the statements to discuss, and parts no heading from its table', async ({ page }, testInfo) => {
  const at = '2026-11-20T09:00:00.000Z';
  const team = {
    format: 'kmm-result',
    formatVersion: 1,
    tool: 'maturity-audit',
    schemaVersion: 2,
    id: 'team-print',
    locale: 'en',
    title: 'Team audit for print',
    createdAt: at,
    updatedAt: at,
    data: {
      answers: {},
      plan: [],
      team: { respondents: ['Ana', 'Ben', 'Chloé', 'Dev'].map((name, r) => ({ id: `resp-${r + 1}`, name, answers: answersOf(r) })), decisions: {} },
    },
  };
  const file = testInfo.outputPath('team.json');
  writeFileSync(file, JSON.stringify(team));

  await page.goto('/en/tools/maturity-audit/');
  await reachTool(page);
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
  // Through the file dialog, as a reader does (a click on the page also lets the charts load).
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.res-toolbar .res-import button').first().click()]);
  await chooser.setFiles(file);
  await expect(page.locator('.ma-team h2')).toHaveText('Team view');
  await expect(page.locator('.ma-team .ma-respondents__name')).toHaveCount(4);
  // The team's radar also draws the spread of the respondents' own scores (issue 17), named in its legend.
  await revealChart(page.locator('.ma-results'));
  await expect(page.locator('.ma-results .ma-legend__item')).toHaveText(['Score (0–100)', 'Lowest respondent’s score', 'Highest respondent’s score']);

  await page.emulateMedia({ media: 'print' });
  const root = page.locator('.ma-root');
  const profile = await root.locator('.ma-results h2').innerText();
  const teamHeading = await root.locator('.ma-team h2').innerText();
  const discussHeading = await root.locator('.ma-team h3').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).innerText));
  const headings = await page.locator('main').locator('h2, h3').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).innerText));
  const tableHeads = await page.locator('main table thead').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).innerText));
  // The team's radar is drawn on paper (the chart kit redraws it for print).
  await expect.poll(() => root.locator('.ma-results canvas').evaluateAll((canvases) => canvases.filter((c) => (c as HTMLCanvasElement).width > 0 && (c as HTMLElement).offsetParent !== null).length)).toBeGreaterThan(0);
  expect(discussHeading.length).toBeGreaterThan(0);
  expect(tableHeads.length).toBeGreaterThan(1);

  const pdf = testInfo.outputPath('team.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = pdfPages(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const text = ` ${words(pages.join(' ')).join(' ')} `;
  const position = (heading: string): number => text.indexOf(` ${words(heading).join(' ')} `);
  // Every heading is in the PDF's text (the checks below are not vacuous)…
  expect(headings.filter((h) => position(h) < 0)).toEqual([]);
  // …the profile comes before the team's details…
  expect(position(profile)).toBeLessThan(position(teamHeading));
  for (const heading of discussHeading) expect(position(profile)).toBeLessThan(position(heading));
  // …and no page ends on a heading or a table's header row.
  expect(partedAtPageEnd(pages, headings, tableHeads)).toEqual([]);
});
