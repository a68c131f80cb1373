// The Firefox smoke's plumbing: the static server, Firefox (Debian's firefox-esr, driven over
// WebDriver BiDi by puppeteer-core, which never downloads a browser), downloads, timed waits.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findFirefox } from '../../scripts/find-firefox.mjs';

export const PORT = Number(process.env.FIREFOX_E2E_PORT || 4392);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const OUT = resolve('test-results/firefox');
// Downloads, hostile files and the timing figures of this run only.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Serves the built site (`dist`, or $OUT_DIR) as the Chromium tests do; resolves once it answers. */
export async function startServer() {
  const dir = process.env.OUT_DIR || 'dist';
  if (!existsSync(join(dir, 'index.html')) && !existsSync(join(dir, 'fr', 'index.html'))) {
    throw new Error(`No built site in ${dir}/: run \`npx astro build && node scripts/search-index.mjs dist\` first.`);
  }
  const child = spawn(process.execPath, ['scripts/serve.mjs', dir, String(PORT)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${ORIGIN}/fr/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited (code ${child.exitCode}): is port ${PORT} taken?`);
    if (Date.now() - started > 20_000) throw new Error(`scripts/serve.mjs did not answer on ${ORIGIN} within 20 s`);
    await sleep(100);
  }
  return { stop: () => child.kill() };
}

const PREFS = {
  // No background traffic: the page's own requests are the only ones.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.gmp-manager.url': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // Service workers cache across loads; the Chromium suite blocks them too.
  'dom.serviceWorkers.enabled': false,
  // Downloads go straight to the folder WebDriver BiDi names, without a panel.
  'browser.download.panel.shown': true,
  'browser.download.alwaysOpenPanel': false,
};

let current = null;

/** The running Firefox, launched on first use (and again after `killFirefox`). */
export async function firefox() {
  if (current?.connected) return current;
  const started = Date.now();
  current = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // A fresh temporary profile each launch (puppeteer-core writes its own prefs into it).
    extraPrefsFirefox: PREFS,
    env: { ...process.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    // A blocked page answers no command: allow the longest wait a test may set (see FIREFOX_DEEP_ABORT_MS).
    protocolTimeout: Math.max(60_000, Number(process.env.FIREFOX_DEEP_ABORT_MS || 0) + 30_000),
    defaultViewport: { width: 1280, height: 900 },
  });
  launchTimes.push(Date.now() - started);
  return current;
}

export const launchTimes = [];

/** Ends Firefox at once (a page whose main thread is blocked cannot be closed politely). */
export async function killFirefox() {
  const browser = current;
  current = null;
  if (!browser) return;
  const proc = browser.process();
  proc?.kill('SIGKILL');
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    await new Promise((done) => {
      proc.once('exit', done);
      setTimeout(done, 5_000);
    });
  }
}

export async function closeFirefox() {
  const browser = current;
  current = null;
  if (!browser) return;
  try {
    await withTimeout(browser.close(), 10_000, 'closing Firefox');
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}

/** A fresh browser context (its own storage) whose downloads land in a folder of its own. */
export async function freshContext(label) {
  const browser = await firefox();
  const downloads = mkdtempSync(join(OUT, `${label}-downloads-`));
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  return { context, downloads };
}

/**
 * A page that records what the Chromium fixtures forbid: console errors, uncaught errors, and
 * requests leaving the site's origin.
 */
export async function guardedPage(context) {
  const page = await context.newPage();
  const problems = { errors: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== ORIGIN) problems.foreign.push(url);
  });
  return { page, problems };
}

/** Rejects after `ms` (the promise itself may stay pending: a blocked page never answers). */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Polls `predicate` in the page until it returns a truthy value; each poll is bounded too. */
export async function waitInPage(page, predicate, { timeout = 10_000, what = 'condition', args = [] } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`${what}: not met within ${timeout} ms${last === undefined ? '' : ` (last value: ${JSON.stringify(last)})`}`);
    last = await withTimeout(page.evaluate(predicate, ...args), left, what);
    if (last) return last;
    await sleep(50);
  }
}

/** Waits for a finished download (Firefox writes `name.part` first) whose name ends with `suffix`. */
export async function waitForDownload(folder, suffix, { timeout = 10_000, exclude = [] } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const names = readdirSync(folder);
    const done = names.find((name) => name.endsWith(suffix) && !exclude.includes(name) && !names.includes(`${name}.part`));
    if (done) {
      const path = join(folder, done);
      // The file is renamed into place once written; read it when its size is stable.
      let size = -1;
      for (;;) {
        const bytes = readFileSync(path);
        if (bytes.length === size && size > 0) return { name: done, path, bytes };
        size = bytes.length;
        await sleep(50);
      }
    }
    if (Date.now() > deadline) throw new Error(`no download ending in ${suffix} within ${timeout} ms (folder has: ${names.join(', ') || 'nothing'})`);
    await sleep(50);
  }
}
