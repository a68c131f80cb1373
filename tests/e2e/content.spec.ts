import { test, expect, CHAPTER } from './fixtures';

/** One distinctive term per chapter and language: search must find the chapter with it. */
const KEY_TERMS: Record<'fr' | 'en', [string, string][]> = {
  fr: [
    ['empowerment-client', 'influence'],
    ['le-knowledge-marketing', 'programmables'],
    ['implication-et-connaissance', 'novices'],
    ['participation-du-client', 'Dabholkar'],
    ['moments-de-participation', 'préconception'],
    ['profils-de-coproduction', 'expérientielle'],
    ['piloter-la-participation', 'sanction'],
    ['prosommateurs-et-communautes', 'InnoCentive'],
    ['experience-et-relation', 'silos'],
    ['conduire-un-programme', 'indicateurs'],
    ['cas-pratiques', 'Mindstorms'],
    ['limites-et-questions', 'limites'],
  ],
  en: [
    ['customer-empowerment', 'influencer'],
    ['knowledge-marketing', 'programmable'],
    ['involvement-and-knowledge', 'novices'],
    ['customer-participation', 'Dabholkar'],
    ['participation-timing', 'pre-conception'],
    ['co-production-profiles', 'experiential'],
    ['managing-participation', 'sanction'],
    ['prosumers-and-communities', 'InnoCentive'],
    ['experience-and-relationship', 'silos'],
    ['running-a-programme', 'indicators'],
    ['worked-cases', 'Mindstorms'],
    ['limits-and-open-questions', 'limits'],
  ],
};

for (const lang of ['fr', 'en'] as const) {
  test(`search finds every ${lang.toUpperCase()} chapter by a key term`, async ({ page }) => {
    const section = lang === 'fr' ? 'methode' : 'method';
    await page.goto(`/${lang}/`);
    const found = await page.evaluate(async (terms) => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pf.init();
      const out: Record<string, string[]> = {};
      for (const [, term] of terms) {
        const r = await pf.search(term);
        out[term] = await Promise.all(r.results.slice(0, 10).map(async (x: { data(): Promise<{ url: string }> }) => (await x.data()).url));
      }
      return out;
    }, KEY_TERMS[lang]);
    for (const [slug, term] of KEY_TERMS[lang]) {
      expect(found[term], `"${term}" should find ${slug}`).toContain(`/${lang}/${section}/${slug}/`);
    }
  });
}

test('citations are numbered and lead to the references, which lead to the bibliography', async ({ page }) => {
  await page.goto(CHAPTER.en);
  const cite = page.locator('.cite a').first();
  await expect(cite).toHaveText(/^\[1\]$/);
  const target = (await cite.getAttribute('href'))!;
  await cite.click();
  await expect(page.locator(target)).toBeInViewport();
  const biblio = page.locator(`${target} a.ref-biblio`);
  const key = target.replace('#ref-', '');
  await expect(biblio).toHaveAttribute('href', `/en/sources/#${key}`);
  await biblio.click();
  await expect(page.locator(`#${key}`)).toBeVisible();
});

test('a glossary term shows its definition on hover and on keyboard focus, and links to the glossary', async ({ page }) => {
  await page.goto(CHAPTER.fr);
  const term = page.locator('[data-term]').first();
  const tip = term.locator('[role="tooltip"]');
  await expect(tip).toBeHidden();
  await term.locator('a').hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await term.locator('a').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tip).toBeVisible();
  const href = (await term.locator('a').getAttribute('href'))!;
  expect(href).toMatch(/^\/fr\/glossaire\/#[a-z-]+$/);
  await term.locator('a').click();
  await expect(page.locator(href.slice(href.indexOf('#')))).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } });
  test('the first tap on a term shows the definition, the second follows the link', async ({ page }) => {
    await page.goto(CHAPTER.en);
    const term = page.locator('[data-term]').first();
    await term.scrollIntoViewIfNeeded();
    await term.locator('a').tap();
    await expect(term.locator('[role="tooltip"]')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${CHAPTER.en}$`));
    await term.locator('a').tap();
    await expect(page).toHaveURL(/\/en\/glossary\/#/);
  });
});

test('every chapter shows its summary, takeaways, reading time and at least one figure or table', async ({ page }) => {
  for (const path of ['/fr/methode/profils-de-coproduction/', '/en/method/managing-participation/']) {
    await page.goto(path);
    await expect(page.locator('.chapter-lead')).toBeVisible();
    expect(await page.locator('.takeaways li').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.chapter-meta')).toContainText(/min/);
    expect(await page.locator('.prose figure, .prose table').count()).toBeGreaterThan(0);
  }
});

test('figures have a title and a text description for assistive technology', async ({ page }) => {
  await page.goto('/en/method/knowledge-marketing/');
  const svg = page.locator('figure.figure svg[role="img"]:visible').first();
  const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ');
  expect(ids.length).toBe(2);
  for (const id of ids) expect((await page.locator(`[id="${id}"]`).textContent())!.trim().length).toBeGreaterThan(5);
});

test('each chapter offers a reference to cite it, in its language, with the address it was read at', async ({ page, baseURL }) => {
  await page.goto(`${CHAPTER.fr}?utm=course#premier`);
  // Where the page was read (this test's server), not the build's default origin; no query, no fragment.
  await expect(page.locator('[data-cite-url]')).toHaveText(`${baseURL}${CHAPTER.fr}`);
  await expect(page.locator('[data-cite-text]')).toContainText(/^«\u202FLe knowledge marketing.*\u202F»\. Knowledge marketing, édition \d{4}\.\d, \d{4}-\d{2}-\d{2}\. https?:\/\/\S+\/fr\/methode\/le-knowledge-marketing\/$/);
  await expect(page.locator('[data-cite-text]')).toContainText('/fr/methode/le-knowledge-marketing/');
  await page.goto(CHAPTER.en);
  await expect(page.locator('#cite-this-page')).toHaveText('Cite this page');
  await expect(page.locator('[data-cite-text]')).toContainText(/^“Knowledge marketing.*”\. Knowledge marketing, edition \d{4}\.\d, \d{4}-\d{2}-\d{2}\. https?:\/\/\S+\/en\/method\/knowledge-marketing\/$/);
});
