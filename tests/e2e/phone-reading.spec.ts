import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Reading on a phone: no page scrolls sideways at 320 or 390 px, with every glossary definition
 * opened in turn (each stays inside the viewport); definitions open and close by tap and keyboard;
 * an "On this page" menu leads to the chapter's sections.
 */
const ROOT = join(import.meta.dirname, '../../src/content/guides');
const chapters = (['fr', 'en'] as const).flatMap((lang) =>
  readdirSync(join(ROOT, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `/${lang}/${lang === 'fr' ? 'methode' : 'method'}/${f.replace(/\.mdx$/, '')}/`),
);

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const path of chapters) {
  test(`${path} at 320 and 390 px: no sideways scroll, every definition inside the viewport`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(path);
      expect(await overflow(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
      const links = page.locator('.prose .term-link');
      const n = await links.count();
      expect(n, `${path} has glossary terms`).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const link = links.nth(i);
        await link.focus();
        const tip = page.locator('.term-tip').nth(i);
        await expect(tip).toBeVisible();
        const box = (await tip.boundingBox())!;
        const name = `${path} at ${width} px, definition ${i + 1} (${await link.textContent()})`;
        expect(box.x, name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name).toBeLessThanOrEqual(width);
        expect(await overflow(page), name).toBeLessThanOrEqual(0);
        await page.keyboard.press('Escape');
        await expect(tip).toBeHidden();
      }
    }
  });
}

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens a definition, a tap elsewhere closes it, a second tap follows the link', async ({ page }) => {
    await page.goto('/en/method/involvement-and-knowledge/');
    const term = page.locator('.prose .term').first();
    const tip = term.locator('.term-tip');
    await term.locator('.term-link').scrollIntoViewIfNeeded();
    await term.locator('.term-link').tap();
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(/involvement-and-knowledge\/$/);
    await page.locator('main h1').tap();
    await expect(tip).toBeHidden();
    await term.locator('.term-link').tap();
    await expect(tip).toBeVisible();
    await term.locator('.term-link').tap();
    await expect(page).toHaveURL(/\/en\/glossary\/#/);
  });

  test('"On this page" opens the sections and closes on the way to one', async ({ page }) => {
    await page.goto('/en/method/involvement-and-knowledge/');
    await expect(page.locator('[data-toc]')).toBeHidden();
    const menu = page.locator('[data-toc-menu]');
    await expect(menu.locator('summary')).toHaveText('On this page');
    await menu.locator('summary').tap();
    const links = menu.locator('a');
    expect(await links.count()).toBeGreaterThan(4);
    const target = links.nth(3);
    const hash = (await target.getAttribute('href'))!;
    await target.tap();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(menu).not.toHaveAttribute('open');
    await expect(page.locator(hash)).toBeInViewport();
    // Keyboard: Enter opens, Escape closes and gives focus back.
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open');
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open');
    await expect(menu.locator('summary')).toBeFocused();
  });
});

test('on a desktop the side column holds the contents and the phone menu is hidden', async ({ page }) => {
  await page.goto('/en/method/involvement-and-knowledge/');
  await expect(page.locator('[data-toc]')).toBeVisible();
  await expect(page.locator('[data-toc-menu]')).toBeHidden();
});
