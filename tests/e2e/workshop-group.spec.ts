/**
 * Collecting a workshop's group: on one machine ("Next participant" adds each participant's
 * answers, anonymously, unless they opt out), and from phones (share links pasted at once into the
 * team view). The group view is for the projector: a QR code of the tool, no participant named.
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, reachTool } from './fixtures';
import { axeInBothThemes } from './axe';
import { decodeQr } from './qr';

const AUDIT = '/en/tools/maturity-audit/';
/** The practice statements of the first dimension, lf (4 of its 6: enough for a score). */
const LF = ['lf-1', 'lf-3', 'lf-5', 'lf-6'];

async function ready(page: Page): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(AUDIT);
  await reachTool(page);
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
  await expect(page.locator('.ma-statement').first()).toBeVisible();
}

/** A participant names their result and rates lf's practice statements at `value`. */
async function participant(page: Page, n: number, value: number): Promise<void> {
  await page.getByRole('textbox', { name: 'Title' }).fill(`Secret title ${n}`);
  await page.getByRole('textbox', { name: 'Respondent (optional)' }).fill(`Person Q${n}X`);
  for (const id of LF) await page.locator(`.ma-statement[data-statement="${id}"] input[type="radio"]`).nth(value).check();
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
}

const live = (page: Page) => page.locator('.res-toolbar > .res-live');

test.describe('a workshop on one machine', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('three participants join the group, a fourth opts out: a group of three, anonymous, exported as a team file of three', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await ready(page);
    await page.getByRole('button', { name: 'Workshop…' }).click();
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await expect(page.getByRole('button', { name: 'Workshop mode' })).toHaveAttribute('aria-pressed', 'true');
    const next = page.getByRole('button', { name: 'Next participant: clear the answers' });
    const optOut = page.getByRole('checkbox', { name: 'Leave my answers out of the group' });

    // lf scores: participant 0 → 0, 1 → 25, 2 → 50 (4 of 6 statements rated); the fourth (4 → 100) opts out.
    for (const n of [0, 1, 2]) {
      await participant(page, n, n);
      await next.click();
      await expect(live(page)).toContainText(`Participants in the group: ${n + 1}.`);
      await expect(page.getByRole('textbox', { name: 'Respondent (optional)' })).toHaveValue('');
      if (n === 1) {
        // The group survives a reload of the workshop computer.
        await page.reload();
        await reachTool(page);
        await expect(page.getByRole('button', { name: 'Group view (2)' })).toBeVisible();
      }
    }
    await participant(page, 3, 4);
    await optOut.check();
    await next.click();
    await expect(live(page)).toContainText('Answers left out of the group');
    await expect(optOut).not.toBeChecked();

    await page.getByRole('button', { name: 'Group view (3)' }).click();
    const group = page.getByRole('dialog', { name: 'The group (projector view, anonymous)' });
    await expect(group.locator('.res-group__count')).toHaveAttribute('data-members', '3');
    const lf = group.locator('.ma-group-dims tr[data-dimension="lf"]');
    await expect(lf.locator('td')).toHaveText(['25', '0–50', '3']);
    await expect(group.locator('tr[data-statement="lf-1"] li')).toHaveText(['Never: 1', 'Rarely: 1', 'Sometimes: 1', 'Usually: 0', 'Always: 0', 'Don’t know: 0', 'Not answered: 0']);
    // Read from the back of the room: every element holding a figure is drawn at 24 px or more.
    const small = await group.evaluate((dialog) =>
      [...dialog.querySelectorAll('.res-projector__body *')]
        .filter((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /\d/.test(node.textContent ?? '')))
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${getComputedStyle(el).fontSize}`)
        .filter((line) => parseFloat(line.split(' ').pop() ?? '0') < 24),
    );
    expect(small).toEqual([]);
    // No participant is named anywhere in the group view, nor kept in the browser's group.
    const text = await group.innerText();
    expect(text).not.toMatch(/Secret title|Person Q/);
    expect(await page.evaluate(() => localStorage.getItem('kmm:v1:workshop-group:maturity-audit'))).not.toMatch(/Secret|Person|"note"/);

    // The QR code holds the tool's address, for the participants' phones.
    const qr = group.locator('.res-qr img');
    await expect(qr).toHaveAttribute('data-qr-url', `${baseURL}${AUDIT}`);
    expect(await decodeQr(page, '.res-group .res-qr img', 0)).toBe(`${baseURL}${AUDIT}`);
    expect(await axeInBothThemes(page, 'group view')).toEqual([]);

    // One team file of three anonymous respondents.
    const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'Export the group as one team file' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { data: { team: { respondents: { id: string; name?: string }[] } } };
    expect(exported.data.team.respondents).toHaveLength(3);
    expect(exported.data.team.respondents.every((respondent) => respondent.name === undefined)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toMatch(/Secret title|Person Q/);
    await expect(group.locator('.res-live')).toContainText('Participants in it: 3.');

    // Clearing is explicit, and can be undone.
    await group.getByRole('button', { name: 'Clear the group' }).click();
    await expect(group.locator('.res-group__count')).toHaveAttribute('data-members', '0');
    await group.getByRole('button', { name: 'Undo clearing' }).click();
    await expect(group.locator('.res-group__count')).toHaveAttribute('data-members', '3');
    await group.getByRole('button', { name: 'Close the projector view' }).click();
    await expect(group).toBeHidden();

    // The team file imports back as a team of three respondents.
    await page.locator('.res-toolbar input[type="file"]').setInputFiles(file);
    await expect(page.locator('.ma-team')).toBeVisible();
    await expect(page.locator('.ma-team')).toContainText('Respondents (3)');
    await expect(page.locator('.ma-team-dims tr[data-dimension="lf"] td')).toHaveText(['0', '25', '50', '25', '0–50', '25']);
  });
});

/** A share link of an audit, as "Copy share link" makes it (deflate-raw, base64url). */
function shareLink(baseURL: string, n: number): string {
  const at = '2026-12-01T09:00:00.000Z';
  const answers = Object.fromEntries(LF.map((id) => [id, { value: n % 5 }]));
  const envelope = { format: 'kmm-result', formatVersion: 1, tool: 'maturity-audit', schemaVersion: 2, id: `phone-${n}`, locale: 'en', title: `Phone ${n}`, createdAt: at, updatedAt: at, data: { answers, plan: [] } };
  return `${baseURL}${AUDIT}#r=1.${deflateRawSync(Buffer.from(JSON.stringify(envelope))).toString('base64url')}`;
}

test('twelve share links pasted at once into the team view, two of them damaged: ten respondents and two named errors', async ({ page, baseURL }) => {
  await ready(page);
  const links = Array.from({ length: 12 }, (_, index) => shareLink(baseURL!, index + 1));
  links[3] = links[3]!.replace('#r=1.', '#r=1.@@@'); // link 4: not base64url
  links[8] = links[8]!.slice(0, links[8]!.length - 40); // link 9: cut short
  // One per line, or separated by spaces, as they arrive from a chat.
  const pasted = `${links.slice(0, 6).join('\n')}\n${links.slice(6).join('  ')}`;
  await page.locator('.ma-team-start').getByRole('textbox', { name: 'Or paste share links (one per line)' }).fill(pasted);
  await page.locator('.ma-team-start').getByRole('button', { name: 'Add the links' }).click();
  await expect(page.locator('.ma-team')).toContainText('Respondents (10)');
  const messages = page.locator('.ma-import__messages li');
  await expect(messages.filter({ hasText: 'refused' })).toHaveCount(2);
  await expect(messages.filter({ hasText: '“link 4” refused' })).toHaveCount(1);
  await expect(messages.filter({ hasText: '“link 9” refused' })).toHaveCount(1);
});

test('positioning: two participants place the same segments; the group view shows both placements of each, and exports the team average', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/en/tools/segment-positioning/');
  await reachTool(page);
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
  await page.getByRole('button', { name: 'Workshop…' }).click();
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  for (const n of [1, 2]) {
    await page.getByRole('textbox', { name: 'Respondent (optional)' }).fill(`Placer Q${n}X`);
    await page.locator('.sp-presets-box > summary').click();
    await page.locator('.sp-preset button').first().click();
    await expect(page.locator('.sp-matrix .sp-table tbody tr')).toHaveCount(6);
    await page.getByRole('button', { name: 'Next participant: clear the answers' }).click();
    await expect(live(page)).toContainText(`Participants in the group: ${n}.`);
  }
  await page.getByRole('button', { name: 'Group view (2)' }).click();
  const group = page.getByRole('dialog', { name: 'The group (projector view, anonymous)' });
  await expect(group.locator('.sp-group tbody tr')).toHaveCount(6);
  for (const row of await group.locator('.sp-group tbody tr').all()) {
    await expect(row.locator('td').first()).toHaveText('2');
    await expect(row.locator('.sp-group__positions li')).toHaveCount(2);
  }
  expect(await group.innerText()).not.toContain('Placer Q');
  // One team file: the team average, as the positioning team view keeps a team's merge (two
  // identical placements: the average is each segment's own position), naming nobody.
  const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'Export the group as one team file' }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const exported = JSON.parse(text) as { tool: string; data: { segments: { name: string; mode: string }[] } };
  expect(exported.tool).toBe('segment-positioning');
  expect(exported.data.segments).toHaveLength(6);
  expect(exported.data.segments.every((segment) => segment.mode === 'direct')).toBe(true);
  expect(text).not.toContain('Placer Q');
});

test('planner, in French: the group view counts the group’s choices', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/fr/outils/planificateur-de-participation/');
  await reachTool(page);
  await expect(page.locator('.res-status')).toHaveText(/Enregistré dans ce navigateur/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Atelier…' }).click();
  await page.getByRole('button', { name: 'Mode atelier' }).click();
  // Level of participation: self-checkout "moderate", cake mix "high".
  for (const [n, label] of [[1, 'Caisse automatique'], [2, 'Une préparation pour gâteau']] as const) {
    // The examples are folded under their heading (the work first): open them when closed.
    const box = page.locator('details.pp-examples');
    if (!(await box.evaluate((el) => (el as HTMLDetailsElement).open))) await box.locator('summary').click();
    await page.getByRole('button', { name: new RegExp(`^Charger l’exemple\\s:\\s${label}$`) }).click();
    await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue(new RegExp(label));
    await page.getByRole('button', { name: /^Participant suivant\s:\seffacer les réponses$/ }).click();
    await expect(live(page)).toContainText(new RegExp(`Participants dans le groupe\\s:\\s${n}\\.`));
  }
  await page.getByRole('button', { name: 'Vue du groupe (2)' }).click();
  const group = page.getByRole('dialog', { name: 'Le groupe (vue projecteur, anonyme)' });
  const level = group.locator('tr[data-field="level"] li');
  await expect(level).toHaveText([/^Faible\s:\s0$/, /^Modéré\s:\s1$/, /^Élevé\s:\s1$/, /^sans réponse\s:\s0$/]);
  expect(await group.innerText()).not.toMatch(/illustration|supermarché/);
});

test.describe('on a participant’s phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the result shows as a share link to copy and as a QR code of that same link, within the screen', async ({ page }) => {
    await ready(page);
    await participant(page, 1, 3);
    await page.locator('.res-export summary').click();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
    expect(link).toMatch(/#r=1\./);
    const qr = page.locator('.res-share-link .res-qr img');
    await expect(qr).toHaveAttribute('data-qr-url', link);
    expect(await decodeQr(page, '.res-share-link .res-qr img', 0)).toBe(link);
    const box = await qr.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('in workshop mode, a projected worked scenario shows a QR code of its own address, scenario included', async ({ page }) => {
  await page.goto('/en/course-pack/');
  const scenario = await page.locator('a[href*="/en/tools/segment-positioning/#r=1."]').first().getAttribute('href');
  await page.goto('/en/tools/segment-positioning/');
  await reachTool(page);
  await expect(page.locator('.res-status')).toHaveText(/Saved in this browser/);
  await page.getByRole('button', { name: 'Workshop…' }).click();
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  await page.goto(scenario!);
  await expect(page.locator('.sp-shared .sp-table tbody tr')).toHaveCount(6);
  const url = new URL(scenario!, page.url()).href;
  await expect(page.locator('.res-share .res-qr img')).toHaveAttribute('data-qr-url', url);
  expect(await decodeQr(page, '.res-share .res-qr img', 0)).toBe(url);
});
