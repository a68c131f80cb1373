// `npm test`: every check the project has, in order, stopping at the first failure.
// unit tests → type check → build (+ search index, service worker) → wording and typography of the built pages → links
// → sub-path build (+ service worker) → links → browser tests (Chromium, Playwright) → Firefox smoke (firefox-esr over
// WebDriver BiDi, node's test runner).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { findFirefox } from './find-firefox.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const SUB = '/km-subpath-test/';
const counts = { passed: 0, failed: 0 };
mkdirSync('test-results', { recursive: true });

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n━━ ${label} ━━ ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed after ${secs}s`);
    summary();
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${label} (${secs}s)`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function summary() {
  for (const file of ['test-results/vitest.json', 'test-results/vitest-dist.json']) {
    const v = readJson(file);
    if (v) {
      counts.passed += v.numPassedTests ?? 0;
      counts.failed += v.numFailedTests ?? 0;
    }
  }
  const p = readJson('test-results/playwright.json');
  if (p?.stats) {
    counts.passed += p.stats.expected ?? 0;
    counts.failed += (p.stats.unexpected ?? 0) + (p.stats.flaky ?? 0);
  }
  // node --test's TAP report ends with "# pass N" and "# fail N" (tests, not suites).
  if (existsSync('test-results/firefox.tap')) {
    const tap = readFileSync('test-results/firefox.tap', 'utf8');
    counts.passed += Number(/^# pass (\d+)$/m.exec(tap)?.[1] ?? 0);
    counts.failed += Number(/^# fail (\d+)$/m.exec(tap)?.[1] ?? 0) + Number(/^# cancelled (\d+)$/m.exec(tap)?.[1] ?? 0);
  }
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
}

rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/vitest-dist.json', { force: true });
rmSync('test-results/playwright.json', { force: true });
rmSync('test-results/firefox.tap', { force: true });

// Resolve the browser first, so a newcomer learns at once what is missing.
const installBrowsers = process.env.CI === 'true' || process.argv.includes('--install-browser');
const chromium = findChromium({ install: installBrowsers });
console.log(`Chromium: ${chromium}`);
const firefox = findFirefox({ install: installBrowsers });
console.log(`Firefox: ${firefox}`);

if (existsSync('../shared/tools/seed-overlap.mjs')) {
  run('own wording (seed overlap)', 'node', ['../shared/tools/seed-overlap.mjs', 'src', 'public']);
}
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
run('build', 'npx', ['astro', 'build']);
run('search index', 'node', ['scripts/search-index.mjs', 'dist']);
run('service worker', 'node', ['scripts/service-worker.mjs', 'dist']);
// tests/dist/: one word per idea (src/lib/terminology.ts) and French typography, on the built pages.
run('wording and typography (built pages)', 'npx', ['vitest', 'run', '--config', 'vitest.dist.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest-dist.json']);
run('links (base /)', 'node', ['scripts/check-links.mjs', 'dist', '/']);
run(`build under a sub-path (${SUB})`, 'npx', ['astro', 'build'], { BASE_PATH: SUB, OUT_DIR: './dist-subpath' });
run(`service worker (${SUB})`, 'node', ['scripts/service-worker.mjs', 'dist-subpath']);
run(`links (base ${SUB})`, 'node', ['scripts/check-links.mjs', 'dist-subpath', SUB]);
run('browser tests (Chromium)', 'npx', ['playwright', 'test'], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
});
run('Firefox smoke (firefox-esr, WebDriver BiDi)', 'npx', [
  'node', '--test', '--test-timeout=180000',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', '--test-reporter-destination=test-results/firefox.tap',
  'tests/firefox/smoke.test.mjs',
], { FIREFOX_PATH: firefox });
summary();
