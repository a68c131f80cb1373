// `npm run bench`: what a first visit costs, per page type, Lighthouse (mobile) scores, and each tool
// on a phone profile (scripts/bench-phone.mjs: answers, long tasks when reached, merging 50 files).
// Serves the build in dist/ (run `npm run build` first — the npm script does), measures with
// Debian's Chromium, prints tables, writes test-results/bench.json, and exits 1 when the
// median of BENCH_RUNS Lighthouse runs (default 5, CPU throttling calibrated: src/lib/lighthouse-runs.ts) scores below budgets.json,
// or when a tool's phone figures break the floor of budgets.json (the distance to the target is printed).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { benchPhone, PHONE, phoneOverruns } from './bench-phone.mjs';
import { findChromium } from './find-chromium.mjs';
import { calibratedMultiplier, DEFAULT_CPU_MULTIPLIER, medianRun } from '../src/lib/lighthouse-runs.ts';

const PORT = Number(process.env.BENCH_PORT || 4450);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const chromePath = findChromium();
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PAGE_TYPES = [
  ['home', '/fr/'],
  ['chapter', '/en/method/knowledge-marketing/'],
  ['glossary', '/fr/glossaire/'],
  ['tool: maturity audit', '/fr/outils/audit-de-maturite/'],
  ['tool: segment positioning', '/en/tools/segment-positioning/'],
  ['tool: participation planner', '/en/tools/participation-planner/'],
];

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

async function weights(path) {
  const browser = await chromium.launch({ executablePath: chromePath, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const sizes = { html: 0, css: 0, js: 0, other: 0, requests: 0 };
  const pending = [];
  page.on('response', (res) => {
    pending.push((async () => {
      const body = await res.body().catch(() => Buffer.alloc(0));
      const type = res.request().resourceType();
      const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
      sizes[key] += gzipSync(body).length;
      sizes.requests += 1;
    })());
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  await Promise.all(pending);
  await browser.close();
  return { ...sizes, inlineJs: inline.reduce((a, s) => a + gzipSync(Buffer.from(s)).length, 0) };
}

// Lighthouse varies from run to run (more so on a busy two-core machine): like Lighthouse CI, run each
// page several times and keep the median run; every run's performance score is reported too.
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 5));

// Each load is scored twice from the same trace: at the CPU multiplier calibrated to the benchmarkIndex
// Lighthouse measured in that run (src/lib/lighthouse-runs.ts says why and how), and at the default 4x.
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// CI holds the regression floor of budgets.json (a tool hydrating on load drops far below it), the
// bench everywhere else the target itself; see budgets.json.
const MIN_SCORES = process.env.CI === 'true' ? budgets.lighthouse.ciMinScores : budgets.lighthouse.minScores;

function median(runs) {
  return { ...medianRun(runs), multipliers: runs.map((r) => r.multiplier) };
}

async function medianAudit(path) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(path));
  return { ...median(runs), atDefault: median(runs.map((r) => r.atDefault)) };
}

function summary(lhr) {
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue), tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    multiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier, benchmarkIndex: lhr.environment.benchmarkIndex,
    failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
  };
}

/** One page load, scored at the calibrated multiplier and at Lighthouse's default. */
async function audit(path) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const flags = { logLevel: 'error', onlyCategories: CATEGORIES };
  try {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
    try {
      await lighthouse(ORIGIN + path, { ...flags, port: chrome.port, gatherMode: dir });
    } finally {
      await chrome.kill();
    }
    const file = join(dir, 'artifacts.json');
    const artifacts = JSON.parse(readFileSync(file, 'utf8'));
    // Simulated throttling is applied when auditing, so the saved load can be scored at any multiplier.
    const scoreAt = async (cpuSlowdownMultiplier) => {
      artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdownMultiplier;
      writeFileSync(file, JSON.stringify(artifacts));
      const result = await lighthouse(ORIGIN + path, { ...flags, auditMode: dir, throttling: { cpuSlowdownMultiplier } });
      return summary(result.lhr);
    };
    return { ...(await scoreAt(calibratedMultiplier(artifacts.BenchmarkIndex))), atDefault: await scoreAt(DEFAULT_CPU_MULTIPLIER) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
let phone = [];
let failed = false;
try {
  for (const [type, path] of PAGE_TYPES) {
    const w = await weights(path);
    const lh = budgets.lighthouse.pages.includes(path) ? await medianAudit(path) : undefined;
    rows.push({ type, path, ...w, lighthouse: lh });
    if (lh) for (const [cat, min] of Object.entries(MIN_SCORES)) if (lh[cat] < min) failed = true;
  }
  phone = await benchPhone({ origin: ORIGIN, executablePath: chromePath, args: FLAGS, runs: RUNS });
} finally {
  server.kill();
}

const kb = (n) => (n / 1024).toFixed(1);
console.log(`\nLighthouse: median of ${RUNS} runs per page; perf at the calibrated CPU multiplier (runs' multipliers in brackets), then at Lighthouse's default 4x.`);
console.log('| page type | path | HTML kB gz | CSS kB gz | JS kB gz (files + inline) | requests | perf calibrated (runs) [×] | perf at 4× (runs) | a11y | best pr. | SEO | LCP ms | TBT ms (at 4×) | CLS |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const l = r.lighthouse;
  console.log(`| ${r.type} | ${r.path} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js + r.inlineJs)} | ${r.requests} | ${l ? `${l.performance} (${l.perfRuns.join(', ')}) [${l.multipliers.join(', ')}] | ${l.atDefault.performance} (${l.atDefault.perfRuns.join(', ')}) | ${l.accessibility} | ${l['best-practices']} | ${l.seo} | ${l.lcpMs} | ${l.tbtMs} (${l.atDefault.tbtMs}) | ${l.cls}` : '– | – | – | – | – | – | – | –'} |`);
}
for (const r of rows) {
  const js = r.js + r.inlineJs;
  const budget = budgets.toolPage.pages.includes(r.path) ? budgets.toolPage.maxScriptGzipBytes : budgets.readingPage.pages.includes(r.path) ? budgets.readingPage.maxScriptGzipBytes : undefined;
  if (budget && js > budget) console.log(`${r.path}: ${js} B gz of script, over the ${budget} B budget`);
}
for (const r of rows) if (r.lighthouse?.failing.length) console.log(`${r.path}: failing audits: ${r.lighthouse.failing.join(', ')}`);

console.log(`\nTools on a phone (${PHONE.viewport.width}×${PHONE.viewport.height}, CPU ${PHONE.cpuSlowdown}× slower), median of ${RUNS} runs: twelve answers (event duration, input to next paint), long tasks from reaching the tool to hydrated, merging 50 files.`);
console.log('| tool | answers p75 ms (runs) | slowest answer ms | longest task when reached ms (runs) | merge of 50 files ms |');
console.log('|---|---|---|---|---|');
for (const r of phone) console.log(`| ${r.tool} | ${r.answersP75Ms} (${r.runs.map((x) => x.answersP75Ms).join(', ')}) | ${r.answersMaxMs} | ${r.longTaskMaxMs} (${r.runs.map((x) => x.longTaskMaxMs).join(', ')}) | ${r.merge50Ms ?? '–'} |`);
const belowTarget = phoneOverruns(phone, () => budgets.phone.target);
const belowFloor = phoneOverruns(phone, (tool) => budgets.phone.floor[tool]);
if (belowTarget.length) console.log(`Above the phone target of budgets.json:\n  ${belowTarget.join('\n  ')}`);

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', JSON.stringify({ date: new Date().toISOString(), rows, phone }, null, 2));
if (failed) console.error(`\nA median Lighthouse score is below the budget (${JSON.stringify(MIN_SCORES)}).`);
if (belowFloor.length) console.error(`\nA tool breaks the phone floor of budgets.json:\n  ${belowFloor.join('\n  ')}`);
if (failed || belowFloor.length) process.exit(1);
