import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { decodeQr } from './qr';
import { partedAtPageEnd, pdfPages, words } from './pdf';

/**
 * Printed handouts: chapter 3 in English on at most 6 A4 pages, the address printed is where the
 * page was read, links to worked scenarios print as QR codes that decode back to the link, and no
 * page ends on a heading or on a table's header (read from the PDF's text with poppler's pdftotext).
 */
const CH3 = '/en/method/involvement-and-knowledge/';
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('chapter 3 in English prints on at most 6 A4 pages, with the address it was read at', async ({ page, baseURL }) => {
  await page.goto(`${CH3}#from-novice-to-expert`);
  await page.emulateMedia({ media: 'print' });
  const addresses = await page.locator('[data-page-address]').allTextContents();
  expect(addresses.length).toBeGreaterThan(0);
  for (const a of addresses) expect(a).toBe(`${baseURL}${CH3}`);
  await expect(page.locator('.print-url-top')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(pages).toBeLessThanOrEqual(6);
});

test('a worked-scenario link prints as a QR code that decodes back to the link', async ({ page, baseURL }) => {
  await page.goto(CH3);
  const link = page.locator('a[data-print-qr]').first();
  const href = new URL((await link.getAttribute('href'))!, baseURL).href;
  expect(href.length).toBeGreaterThan(200);
  const img = page.locator('.print-qr img');
  // Nothing is encoded while reading: the codes are drawn when printing starts.
  await page.waitForTimeout(500);
  await expect(img).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(img).toHaveCount(await page.locator('a[data-print-qr]').count());
  await expect(img.first()).toHaveAttribute('data-qr-url', href);
  expect(await decodeQr(page, '.print-qr img', 0)).toBe(href);
  await expect(img.first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(img.first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const box = (await img.first().boundingBox())!;
  expect(box.width).toBeGreaterThan(100); // about 3 cm on paper
});

test('the course pack prints a QR code for every worked scenario', async ({ page, baseURL }) => {
  await page.goto('/en/course-pack/');
  const links = page.locator('a[data-print-qr]');
  const n = await links.count();
  expect(n).toBeGreaterThan(2);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint'))); // as the browser's Print menu does
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-qr img')).toHaveCount(n);
  for (let i = 0; i < n; i++) {
    const href = new URL((await links.nth(i).getAttribute('href'))!, baseURL).href;
    expect(await decodeQr(page, '.print-qr img', i)).toBe(href);
  }
});

test('the planner summary prints on one A4 page, the action plan heading clear of the table above it', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/en/tools/participation-planner/');
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/, { timeout: 20_000 });
  await page.locator('.pp-examples > summary').click();
  await page.getByRole('button', { name: 'Load the example: A weight-loss programme' }).click();
  await page.getByRole('button', { name: 'Add “Clear tutorials and instructions” to the plan' }).click();
  await page.locator('.pp-steps').getByText(/Summary/).first().click();
  const summary = page.locator('.pp-step--summary');
  await summary.locator('.chart-slot').first().scrollIntoViewIfNeeded();
  await expect(summary.locator('.chart-placeholder')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  // Layout before printing: every block (headings, chart, tables) starts below the one before it,
  // the chart's drawing included.
  const overlaps = await summary.locator('.pp-summary > *:not(:first-child)').evaluateAll((els) =>
    els.flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.height === 0) return [];
      // Each block against every earlier one it shares columns with (the chart and its table sit side by side).
      const earlier = els.slice(0, els.indexOf(el)).flatMap((p) => [p, ...p.querySelectorAll('canvas, table')]);
      return earlier.flatMap((p) => {
        const r = p.getBoundingClientRect();
        const sideBySide = r.right <= box.left || r.left >= box.right;
        const overlap = r.bottom - box.top;
        return !sideBySide && r.height > 0 && r.top < box.top && overlap > 0.5
          ? [`“${el.textContent?.slice(0, 30)}” under “${p.textContent?.slice(0, 30)}” by ${overlap.toFixed(1)} px`]
          : [];
      });
    }),
  );
  expect(overlaps).toEqual([]);
  await expect(summary.locator('.pp-actions-table')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pageCount(pdf)).toBe(1);
});

test('the page-end check finds a heading or a table header left at the foot of a page', () => {
  const pages = ['Some text.\nTwo axes for reading\n   1/3\n', 'Text.\n Knowledge   Learning effort\n level       (on the method’s\n   2/3\n', 'End.\n 3/3\n'];
  expect(partedAtPageEnd(pages, ['Two axes for reading'], ['Knowledge level Learning effort (on the method’s reading)'])).toEqual([
    'page 1 ends with the heading “two axes for reading”',
    'page 2 ends with the header of table 1 (“level       (on the method’s”)',
  ]);
  expect(partedAtPageEnd(['Two axes for reading\nIts first line.\n 1/2\n', 'x\n'], ['Two axes for reading'], [])).toEqual([]);
});

for (const path of [CH3, '/fr/methode/implication-et-connaissance/']) {
  test(`printed ${path}: no heading parted from what follows, no table parted from its header`, async ({ page }, testInfo) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const main = page.locator('main');
    const headings = await main.locator('h2, h3').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).innerText));
    const tableHeads = await main.locator('table thead').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
    expect(headings.length).toBeGreaterThan(5);
    expect(tableHeads.length).toBeGreaterThan(0);
    const file = testInfo.outputPath('chapter.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    // The PDF's own text layer, page by page (poppler's pdftotext, as used to look at printed pages).
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    // The check is not vacuous: every heading is found, word for word, in the PDF's text.
    const all = ` ${words(pages.join(' ')).join(' ')} `;
    expect(headings.filter((h) => !all.includes(` ${words(h).join(' ')} `))).toEqual([]);
    expect(partedAtPageEnd(pages, headings, tableHeads)).toEqual([]);
  });
}
