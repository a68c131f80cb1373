import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The language switch keeps the section: twins have the same ## and ### sections in the same
 * order, so the n-th section of one language is the n-th of the other.
 */
const EN = '/en/method/involvement-and-knowledge/';
const FR = '/fr/methode/implication-et-connaissance/';

/** Keyboard activation: Playwright's click scrolls a sticky header's link "into view", moving the page. */
async function switchLanguage(page: Page) {
  await page.locator('[data-lang-switch]').focus();
  await page.keyboard.press('Enter');
}

const sectionIds = (page: Page) =>
  page.locator('.prose > .heading-wrap > :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => ({ id: h.id, depth: Number(h.tagName[1]) })));

async function sections(page: Page, path: string) {
  await page.goto(path);
  return sectionIds(page);
}

for (const [from, to] of [[EN, FR], [FR, EN]] as const) {
  test(`the switch from ${from} keeps the ## and the ### section`, async ({ page }) => {
    const there = await sections(page, to);
    const here = await sections(page, from);
    expect(here.map((s) => s.depth)).toEqual(there.map((s) => s.depth));
    const h2 = here.findIndex((s, i) => s.depth === 2 && i >= 2);
    const h3 = here.findIndex((s) => s.depth === 3);
    expect(h3).toBeGreaterThan(0);
    for (const i of [h2, h3]) {
      await page.goto(`${from}#${here[i]!.id}`);
      await expect(page.locator(`#${here[i]!.id}`)).toBeInViewport();
      await switchLanguage(page);
      await expect(page).toHaveURL(`${to}#${there[i]!.id}`);
      await expect(page.locator(`#${there[i]!.id}`)).toBeInViewport();
    }
  });
}

test('the switch follows the section scrolled to, and a link made for the other language finds its section', async ({ page }) => {
  const fr = await sections(page, FR);
  const en = await sections(page, EN);
  // Scrolled to the fourth section without touching the address.
  await page.locator(`#${en[3]!.id}`).evaluate((h) => h.scrollIntoView({ behavior: 'instant' }));
  await switchLanguage(page);
  await expect(page).toHaveURL(`${FR}#${fr[3]!.id}`);
  // A trainer's French anchor opened on the English chapter lands on the English section.
  await page.goto(`${EN}#${fr[1]!.id}`);
  await expect(page).toHaveURL(`${EN}#${en[1]!.id}`);
  await expect(page.locator(`#${en[1]!.id}`)).toBeInViewport();
});

test('at the top of a chapter the switch goes to the top of the twin', async ({ page }) => {
  await page.goto(EN);
  await switchLanguage(page);
  await expect(page).toHaveURL(FR);
});
