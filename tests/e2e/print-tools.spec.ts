import { test, expect, reachTool } from './fixtures';
import { decodeQr } from './qr';

/**
 * A printed tool result carries a QR code of its share link (drawn in the browser, as a data: image),
 * which decodes back to a link that opens the same result read-only.
 */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the planner summary prints a QR code of its share link, which opens the same plan read-only', async ({ page, browser, context }) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/tools/participation-planner/');
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/, { timeout: 20_000 });
  await page.locator('.pp-examples > summary').click();
  await page.getByRole('button', { name: 'Load the example: A concert' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('A concert (illustration)');
  // The code is the link "Copy share link" gives (redrawn shortly after each change).
  await page.locator('summary', { hasText: 'Export' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const url = await page.locator('.res-share-link input').inputValue();
  expect(url).toMatch(/\/en\/tools\/participation-planner\/#r=1\./);
  const img = page.locator('.pp-step--summary .res-print-qr img');
  await expect(img).toHaveAttribute('data-qr-url', url);
  await expect(img).toBeHidden(); // paper only
  expect(await img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  expect(await decodeQr(page, '.pp-step--summary .res-print-qr img', 0)).toBe(url);
  // Long links are not printed as text, only as the code.
  await expect(page.locator('.pp-step--summary .res-print-qr__url')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(img).toBeVisible();
  expect((await img.boundingBox())!.width).toBeGreaterThan(90); // 2.5 cm at least
  expect(pageCount(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);

  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto(url);
  await expect(reader.locator('.pp-summary .res-print-head__title')).toHaveText('A concert (illustration)');
  await expect(reader.locator('.pp-summary__text')).toContainText('Suggested emphasis: Configuration of the offer 65 (strong)');
  await expect(reader.locator('.pp-step--offer')).toHaveCount(0);
  await fresh.close();
});

test('the segment positioning printout carries a QR code that opens the same placement read-only', async ({ page, browser, context }) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/tools/segment-positioning/');
  await reachTool(page);
  await expect(page.locator('.res-status').first()).toHaveText(/Saved in this browser/);
  await page.locator('.sp-presets-box > summary').click();
  await page.getByRole('button', { name: 'Load the example “Energy supplier: household customers”' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Illustration: Energy supplier: household customers');
  await expect(page.locator('.res-status').first()).toHaveText(/Saved in this browser/);
  // The code is the link "Copy share link" gives (redrawn shortly after each change).
  await page.locator('summary', { hasText: 'Export' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const url = await page.locator('.res-share-link input').inputValue();
  expect(new URL(url).hash).toMatch(/^#r=1\./);
  const img = page.locator('.res-print-head .res-print-qr img');
  await expect(img).toHaveAttribute('data-qr-url', url);
  expect(await decodeQr(page, '.res-print-head .res-print-qr img', 0)).toBe(url);
  await page.emulateMedia({ media: 'print' });
  await expect(img).toBeVisible();

  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto(url);
  await expect(reader.locator('.sp-shared .sp-table tbody tr')).toHaveCount(6);
  await expect(reader.locator('.sp-shared [role="slider"]')).toHaveCount(0);
  await fresh.close();
});

test('printing from the browser menu finds the planner chart drawn, without scrolling to it', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/en/tools/participation-planner/');
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/, { timeout: 20_000 });
  await page.locator('.pp-examples > summary').click();
  await page.getByRole('button', { name: 'Load the example: A weight-loss programme' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('A weight-loss programme (illustration)');
  const summary = page.locator('.pp-step--summary');
  // Far below the viewport: nothing brought it near.
  expect((await summary.locator('.chart-slot').boundingBox())!.y).toBeGreaterThan(2 * (page.viewportSize()!.height));
  // The reader's first action started the charts loading once the browser was idle.
  await expect(summary.locator('canvas[data-pp-chart="mix"]')).toHaveCount(1, { timeout: 10_000 });
  await page.waitForTimeout(1200); // its animation (a real reader takes longer than this to reach the menu)
  await page.emulateMedia({ media: 'print' });
  // As the browser does on printing from its menu; what is drawn when the handler returns is what prints.
  const drawn = await summary.locator('canvas[data-pp-chart="mix"]').evaluate((canvas: HTMLCanvasElement) => {
    window.dispatchEvent(new Event('beforeprint'));
    const box = canvas.getBoundingClientRect();
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200)) inked += 1;
    return { inked, total: data.length / 4, width: box.width, height: box.height };
  });
  expect(drawn.width).toBeGreaterThan(100);
  expect(drawn.height).toBeGreaterThan(50);
  expect(drawn.inked).toBeGreaterThan(drawn.total * 0.02); // bars, axes and labels
  expect(pageCount(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
});
