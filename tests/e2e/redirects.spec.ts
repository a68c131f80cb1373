import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const map = JSON.parse(readFileSync('src/content/redirects.json', 'utf8')) as { from: string; to: string }[];

for (const { from, to } of map) {
  test(`old address ${from} leads to ${to}`, async ({ page }) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('main h1').first()).toBeVisible();
  });
}
