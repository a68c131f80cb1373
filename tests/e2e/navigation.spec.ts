import { test, expect, CHAPTER } from './fixtures';

test.describe('both languages', () => {
  for (const [lang, path, title] of [
    ['fr', '/fr/', 'Knowledge marketing'],
    ['en', '/en/', 'Knowledge marketing'],
  ] as const) {
    test(`${lang} home page loads with its language and chapters`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(new RegExp(title));
      await expect(page.locator('#sidebar a').first()).toBeVisible();
      await expect(page.locator('main h1')).toBeVisible();
    });
  }

  test('every reference page exists in both languages', async ({ page }) => {
    for (const path of ['/fr/glossaire/', '/en/glossary/', '/fr/sources/', '/en/sources/', '/fr/a-propos/', '/en/about/']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.locator('main h1')).toBeVisible();
    }
  });
});

test('the chapter page has sidebar, breadcrumbs, contents and pagination', async ({ page }) => {
  await page.goto(CHAPTER.fr);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const current = page.locator('#sidebar a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', CHAPTER.fr);
  await expect(page.locator('.breadcrumbs')).toContainText('Accueil');
  const tocLinks = page.locator('[data-toc] a');
  expect(await tocLinks.count()).toBeGreaterThan(2);

  // A ToC link leads to its section, which becomes the marked entry.
  const third = tocLinks.nth(2);
  const hash = (await third.getAttribute('href'))!;
  await third.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await expect(page.locator(hash)).toBeInViewport();
  await expect(page.locator(`[data-toc] a[href="${hash}"]`)).toHaveAttribute('aria-current', 'true');

  // Previous / next chapter links follow the reading order.
  const next = page.locator('.prev-next a[rel="next"]');
  const prev = page.locator('.prev-next a[rel="prev"]');
  await expect(next).toBeVisible();
  await expect(prev).toBeVisible();
  await next.click();
  await expect(page.locator('#sidebar a[aria-current="page"]')).toContainText('3.');
  await page.goBack();
  await prev.click();
  await expect(page.locator('#sidebar a[aria-current="page"]')).toContainText('1.');
});

test('section ids are readable ASCII and every heading offers a permalink and a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CHAPTER.fr);
  const ids = await page.locator('.prose > .heading-wrap > :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
  expect(ids.length).toBeGreaterThan(2);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  const first = page.locator('.prose .heading-wrap').first();
  await expect(first.locator('a[href^="#"]')).toHaveAttribute('href', `#${ids[0]}`);
  await first.locator('button[data-copy-link]').click();
  await expect(page.locator('[data-anchor-status]')).toHaveText('Lien copié');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`${CHAPTER.fr}#${ids[0]}$`));
});

test('the language switch keeps the page', async ({ page }) => {
  await page.goto(CHAPTER.fr);
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`${CHAPTER.en}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`${CHAPTER.fr}$`));
  await page.goto('/en/glossary/');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/fr\/glossaire\/$/);
});

test('the root address sends readers to their language', async ({ browser }) => {
  for (const [locale, expected] of [['en-US', '/en/'], ['fr-FR', '/fr/'], ['de-DE', '/fr/']] as const) {
    const ctx = await browser.newContext({ locale });
    const page = await ctx.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await ctx.close();
  }
});

test('without JavaScript the root address still leads to French and the chapter is readable', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
  await page.goto(CHAPTER.en);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('#sidebar')).toBeVisible();
  await expect(page.locator('.search-button')).toBeHidden();
  await ctx.close();
});

test('the 404 page speaks both languages', async ({ browser }) => {
  // A context of its own: the expected 404 status is logged by Chromium as a console error.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const res = await page.goto('/fr/nulle-part/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await ctx.close();
});

test('without JavaScript every tool page says what it needs, and chapters stay readable', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const [path, text] of [
    ['/fr/outils/audit-de-maturite/', 'demande JavaScript'],
    ['/en/tools/segment-positioning/', 'needs JavaScript'],
    ['/en/tools/participation-planner/', 'needs JavaScript'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('main')).toContainText(text);
  }
  await page.goto('/fr/methode/profils-de-coproduction/');
  await expect(page.locator('.prose h2').first()).toBeVisible();
  await expect(page.locator('.prose figure').first()).toBeVisible();
  await ctx.close();
});

test('the home page links to the three tools from its main column', async ({ page }) => {
  for (const [home, prefix] of [['/en/', '/en/tools/'], ['/fr/', '/fr/outils/']] as const) {
    await page.goto(home);
    const links = page.locator('main [data-home-tools] a');
    await expect(links).toHaveCount(3);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(new Set(hrefs).size).toBe(3);
    for (const href of hrefs) {
      expect(href.startsWith(prefix), href).toBe(true);
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
  }
});
