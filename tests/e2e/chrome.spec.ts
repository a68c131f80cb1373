import { test, expect, CHAPTER } from './fixtures';

test('the theme choice survives a reload and applies before paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(CHAPTER.en);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.locator('.theme-header [data-theme-select]').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bgDark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.theme-header [data-theme-select]')).toHaveValue('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bgDark);
  // Back to automatic: follows the system again.
  await page.locator('.theme-header [data-theme-select]').selectOption('auto');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(bgDark);
});

test('the system dark preference is followed without a stored choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/fr/');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 22, 28)');
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto(CHAPTER.fr);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
  await expect(page.locator('#content')).toBeFocused();
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the sidebar collapses into a menu', async ({ page }) => {
    await page.goto(CHAPTER.fr);
    const menu = page.locator('[data-menu-button]');
    await expect(page.locator('#sidebar')).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#sidebar')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#sidebar')).toBeHidden();
    await expect(menu).toBeFocused();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
