import { test, expect, CHAPTER } from './fixtures';

const PACK = { fr: '/fr/parcours-de-formation/', en: '/en/course-pack/' } as const;
const LABELS = {
  fr: { hide: 'Masquer les notes pour formateurs', show: 'Afficher les notes pour formateurs' },
  en: { hide: 'Hide notes for trainers', show: 'Show notes for trainers' },
} as const;

/** "19 h 30" (fr) or "19 h 30 min" (en); "19 h" when the minutes are round. */
function duration(lang: 'fr' | 'en', total: number) {
  const h = Math.floor(total / 60);
  const m = String(total % 60).padStart(2, '0');
  if (m === '00') return `${h} h`;
  return lang === 'fr' ? `${h} h ${m}` : `${h} h ${m} min`;
}

for (const lang of ['fr', 'en'] as const) {
  test(`${lang}: the course pack lists every chapter in order, with its session length and the total`, async ({ page }) => {
    await page.goto(PACK[lang]);
    const sidebar = await page.locator('#sidebar .nav-part a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sidebar.length).toBeGreaterThanOrEqual(12);
    const entries = page.locator('[data-course-entry]');
    expect(await entries.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(sidebar);
    const numbers = await entries.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset['chapter'])));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));

    const minutes = await entries.locator('[data-session-minutes]').allTextContents();
    expect(minutes).toHaveLength(numbers.length);
    for (const m of minutes) expect(m).toMatch(/^\d+ min$/);
    const total = minutes.reduce((sum, m) => sum + parseInt(m, 10), 0);
    const word = lang === 'fr' ? 'séances' : 'sessions';
    await expect(page.locator('[data-course-totals]')).toHaveText(new RegExp(`^${numbers.length} ${word}, ${duration(lang, total)} `));
    await expect(page.locator('#sidebar a[aria-current="page"]')).toHaveAttribute('href', PACK[lang]);
  });
}

test('from the course pack to a chapter: its exercises, and trainer notes that hide, stay hidden after a reload, and show again', async ({ page }) => {
  await page.goto(PACK.en);
  const link = page.locator(`[data-course-entry] h3 a[href="${CHAPTER.en}"]`);
  await link.click();
  await expect(page).toHaveURL(CHAPTER.en);

  const section = page.locator('section.teaching');
  await expect(section.locator('h2#exercises')).toHaveText('Exercises');
  await expect(page.locator('[data-toc] a[href="#exercises"]')).toHaveText('Exercises');
  expect(await section.locator('.teaching-questions li').count()).toBeGreaterThanOrEqual(2);
  expect(await section.locator('.exercise-steps li').count()).toBeGreaterThanOrEqual(2);
  await expect(section.locator('.exercise h3')).toBeVisible();
  // The exercise opens its tool, on a worked scenario (#r=…) when it names one.
  await expect(section.locator('[data-exercise-tool]')).toHaveAttribute('href', /^\/en\/tools\/[a-z-]+\/(#r=.+)?$/);

  const notes = page.locator('#trainer-notes-body');
  await expect(notes).toBeVisible();
  const hide = page.getByRole('button', { name: LABELS.en.hide });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await hide.focus();
  await page.keyboard.press('Enter');
  await expect(notes).toBeHidden();
  const show = page.getByRole('button', { name: LABELS.en.show });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(show).toBeFocused();

  await page.reload();
  await expect(notes).toBeHidden();
  await expect(page.getByRole('button', { name: LABELS.en.show })).toHaveAttribute('aria-expanded', 'false');

  await page.getByRole('button', { name: LABELS.en.show }).press(' ');
  await expect(notes).toBeVisible();
  await expect(page.getByRole('button', { name: LABELS.en.hide })).toHaveAttribute('aria-expanded', 'true');
});

test('hidden notes stay hidden on every chapter, from before the first paint', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kmm-trainer-notes', 'hidden'));
  await page.goto('/fr/methode/piloter-la-participation/', { waitUntil: 'domcontentloaded' });
  // Set by the <head> script, so the notes are never drawn before being hidden.
  await expect(page.locator('html')).toHaveAttribute('data-trainer-notes', 'hidden');
  await expect(page.locator('#trainer-notes-body')).toBeHidden();
  await expect(page.getByRole('button', { name: LABELS.fr.show })).toHaveAttribute('aria-expanded', 'false');
});

test('a chapter prints as a handout; hidden trainer notes stay out of it', async ({ page }) => {
  await page.goto(CHAPTER.fr);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', '#sidebar', '.toc-col', '.prev-next', '.breadcrumbs', '[data-trainer-toggle]']) {
    await expect(page.locator(sel).first(), sel).toBeHidden();
  }
  for (const sel of ['.takeaways', '#exercises', '.exercise', '#references', '.trainer-notes']) {
    await expect(page.locator(sel), sel).toBeVisible();
  }
  const url = page.locator('.print-url').filter({ visible: true });
  await expect(url).toHaveCount(1);
  // The address where the handout was read, not the build's default origin.
  await expect(url).toContainText(page.url());

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: LABELS.fr.hide }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.trainer-notes')).toBeHidden();
  await expect(page.locator('.exercise')).toBeVisible();
  await expect(page.locator('#references')).toBeVisible();
});

test('without JavaScript the notes show and no button is offered', async ({ browser, baseURL }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const plain = await noJs.newPage();
  await plain.goto(CHAPTER.fr);
  await expect(plain.locator('#trainer-notes-body')).toBeVisible();
  await expect(plain.locator('[data-trainer-toggle]')).toBeHidden();
  await noJs.close();
});

test('with storage blocked the button still works for the page', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: fail });
  });
  await page.goto(CHAPTER.fr);
  await page.getByRole('button', { name: LABELS.fr.hide }).click();
  await expect(page.locator('#trainer-notes-body')).toBeHidden();
  await page.getByRole('button', { name: LABELS.fr.show }).click();
  await expect(page.locator('#trainer-notes-body')).toBeVisible();
});
