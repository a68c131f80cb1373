// The phone part of `npm run bench`: each tool on a 390×844 touch screen with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), as a mid-range phone. Measures
//  - the long tasks (PerformanceObserver 'longtask') from the moment the tool is scrolled into view
//    until it has hydrated and settled;
//  - the event duration of twelve answers (Event Timing: the longest entry of each interaction, which
//    runs from the input to the next paint, as INP counts it; entries below the API's 16 ms floor are
//    not reported, so an answer without one counts as 16 ms);
//  - merging 50 respondents' files (audit team import, positioning merge): from the file input's change
//    event to the first frame that shows the merged result.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export const PHONE = { viewport: { width: 390, height: 844 }, cpuSlowdown: 4 };
const ANSWERS = 12;
const RESPONDENTS = 50;
/** Quiet time after reaching the tool, for hydration's and the first draw's long tasks to show. */
const SETTLE_MS = 2000;
/** Time between two answers, so that one's work does not run into the next one's measure. */
const BETWEEN_ANSWERS_MS = 400;

/** Installed before any page script: keeps every long task and every event entry of 16 ms or more. */
function observe() {
  const bench = { longTasks: [], events: [] };
  Object.defineProperty(window, '__bench', { value: bench });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) bench.events.push({ id: entry.interactionId, name: entry.name, start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

const QUESTIONS = JSON.parse(readFileSync('src/content/tools/maturity-audit/questions.en.json', 'utf8'));

/** Respondent `n`'s audit, every statement answered (a different pattern for each respondent). */
function auditEnvelope(n) {
  const answers = {};
  let index = 0;
  for (const dimension of QUESTIONS.dimensions) {
    for (const statement of dimension.statements) {
      const value = statement.scale === 'fact' ? ((n + index) % 3) * 2 : (n * 7 + index) % 5;
      answers[statement.id] = { value };
      index += 1;
    }
  }
  const at = '2026-11-20T09:00:00.000Z';
  return {
    format: 'kmm-result', formatVersion: 1, tool: 'maturity-audit', schemaVersion: 2, id: `member-${n}`, locale: 'en',
    title: `Audit ${n}`, respondent: `Respondent ${n}`, createdAt: at, updatedAt: at, data: { answers, plan: [] },
  };
}

const p75 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.75) - 1)] ?? 0;
};

async function phonePage(browser) {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: 3, isMobile: true, hasTouch: true, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  return { context, page };
}

/** Scrolls the tool into view; returns the long tasks from then until it has hydrated and settled. */
async function reach(page, readySelector) {
  await page.waitForTimeout(1000); // the page's own load work is not the tool's
  const from = await page.evaluate(() => performance.now());
  await page.locator('main astro-island').first().scrollIntoViewIfNeeded();
  await page.locator(readySelector).first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('main astro-island:not([ssr])').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await page.evaluate((start) => window.__bench.longTasks.filter((task) => task.start >= start).map((task) => task.duration), from);
  return { longTaskMaxMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length, longTaskTotalMs: Math.round(tasks.reduce((a, b) => a + b, 0)) };
}

/** Runs the twelve answers; returns each one's duration (ms), the longest entry of its interaction. */
async function answers(page, answer) {
  const from = await page.evaluate(() => performance.now());
  for (let i = 0; i < ANSWERS; i++) {
    await answer(i);
    await page.waitForTimeout(BETWEEN_ANSWERS_MS);
  }
  const byInteraction = await page.evaluate((start) => {
    const longest = new Map();
    for (const entry of window.__bench.events) if (entry.start >= start) longest.set(entry.id, Math.max(longest.get(entry.id) ?? 0, entry.duration));
    return [...longest.values()];
  }, from);
  const durations = [...byInteraction, ...Array(Math.max(0, ANSWERS - byInteraction.length)).fill(16)].slice(0, Math.max(ANSWERS, byInteraction.length));
  return { answersP75Ms: p75(durations), answersMaxMs: Math.max(...durations), answersMs: durations, interactions: byInteraction.length };
}

/** Time (ms) from the next change of a file input to the first frame where `selector`'s text matches `pattern`. */
async function timeMerge(page, input, files, selector, pattern) {
  await page.evaluate(([sel, source]) => {
    const done = new RegExp(source);
    window.__merge = new Promise((resolve) => {
      document.addEventListener('change', () => {
        const start = performance.now();
        const tick = () => {
          if (done.test(document.querySelector(sel)?.textContent ?? '')) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(tick);
        };
        tick();
      }, { capture: true, once: true });
    });
  }, [selector, pattern.source]);
  await input.setInputFiles(files);
  return Math.round(await page.evaluate(() => window.__merge));
}

const TOOLS = [
  {
    name: 'maturity audit',
    path: '/en/tools/maturity-audit/',
    ready: '.ma-statement',
    // The first dimension's six statements, answered, then each answered again otherwise.
    answer: (page) => (i) => page.locator('.ma-questionnaire .ma-statement').nth(i % 6).locator('input[type="radio"]').nth(i < 6 ? 1 : 3).check(),
    merge: async (page, dir) => {
      const files = Array.from({ length: RESPONDENTS }, (_, n) => {
        const file = join(dir, `audit-${n}.json`);
        writeFileSync(file, JSON.stringify(auditEnvelope(n)));
        return file;
      });
      return timeMerge(page, page.locator('.ma-team-start input[type="file"]'), files, '.ma-team', /./);
    },
  },
  {
    name: 'segment positioning',
    path: '/en/tools/segment-positioning/',
    ready: '.sp-presets-box > summary',
    prepare: async (page) => {
      await page.locator('.sp-presets-box > summary').click();
      await page.locator('.sp-presets-box button').first().click();
      await page.getByRole('slider').first().waitFor();
    },
    // Twelve moves of the first segment with the keyboard (six right, six back).
    answer: (page) => async (i) => {
      if (i === 0) await page.getByRole('slider').first().focus();
      await page.keyboard.press(i < ANSWERS / 2 ? 'ArrowRight' : 'ArrowLeft');
    },
    merge: async (page, dir) => {
      await page.locator('summary', { hasText: 'Export' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON file (can be imported again)' }).click()]);
      await page.locator('summary', { hasText: 'Export' }).click();
      const placement = JSON.parse(readFileSync(await download.path(), 'utf8'));
      const files = Array.from({ length: RESPONDENTS }, (_, n) => {
        const file = join(dir, `placement-${n}.json`);
        writeFileSync(file, JSON.stringify({ ...placement, id: `member-${n}`, respondent: `Respondent ${n}` }));
        return file;
      });
      const merge = page.locator('.sp-section--merge');
      await merge.getByRole('checkbox', { name: /Include the open placement/ }).uncheck();
      return timeMerge(page, merge.getByLabel('Team results files (.json)'), files, '.sp-section--merge .sp-summary', new RegExp(`from ${RESPONDENTS} placements`));
    },
  },
  {
    name: 'participation planner',
    path: '/en/tools/participation-planner/',
    ready: '.pp-step input',
    // Twelve choices in the steps, in page order, each one not chosen yet.
    answer: (page) => async () => {
      await page.locator('.pp-step input[type="radio"]:not(:checked), .pp-step input[type="checkbox"]:not(:checked)').first().check();
    },
  },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Measures every tool on the phone profile, `runs` times (a fresh page each time); one row per tool,
 * each figure the median of the runs (every run's answers p75 and longest task are kept beside).
 */
export async function benchPhone({ origin, executablePath, args, runs = 1 }) {
  const all = [];
  for (let run = 0; run < runs; run++) all.push(...(await benchPhoneOnce({ origin, executablePath, args })));
  return TOOLS.map(({ name }) => {
    const of = all.filter((row) => row.tool === name);
    const pick = (key) => median(of.map((row) => row[key]));
    return {
      tool: name,
      path: of[0].path,
      answersP75Ms: pick('answersP75Ms'),
      answersMaxMs: pick('answersMaxMs'),
      longTaskMaxMs: pick('longTaskMaxMs'),
      longTasks: pick('longTasks'),
      merge50Ms: of[0].merge50Ms === null ? null : pick('merge50Ms'),
      runs: of.map(({ answersMs, answersP75Ms, longTaskMaxMs, merge50Ms }) => ({ answersMs, answersP75Ms, longTaskMaxMs, merge50Ms })),
    };
  });
}

async function benchPhoneOnce({ origin, executablePath, args }) {
  const browser = await chromium.launch({ executablePath, args });
  const dir = mkdtempSync(join(tmpdir(), 'bench-phone-'));
  const rows = [];
  try {
    for (const tool of TOOLS) {
      const { context, page } = await phonePage(browser);
      try {
        await page.goto(origin + tool.path, { waitUntil: 'load' });
        const reached = await reach(page, tool.ready);
        await tool.prepare?.(page);
        const answered = await answers(page, tool.answer(page));
        const mergeMs = tool.merge ? await tool.merge(page, dir) : null;
        rows.push({ tool: tool.name, path: tool.path, ...reached, ...answered, merge50Ms: mergeMs });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The figures of `rows` over the limits of each tool (maxAnswerMs, p75AnswerMs, maxLongTaskAtReachMs, merge50Ms), as sentences. */
export function phoneOverruns(rows, limitsOf) {
  const over = [];
  for (const r of rows) {
    const limits = limitsOf(r.tool);
    if (!limits) {
      over.push(`${r.tool}: no limits in budgets.json`);
      continue;
    }
    if (r.answersMaxMs > limits.maxAnswerMs) over.push(`${r.tool}: an answer took ${r.answersMaxMs} ms (limit ${limits.maxAnswerMs})`);
    if (r.answersP75Ms > limits.p75AnswerMs) over.push(`${r.tool}: answers p75 ${r.answersP75Ms} ms (limit ${limits.p75AnswerMs})`);
    if (r.longTaskMaxMs > limits.maxLongTaskAtReachMs) over.push(`${r.tool}: a ${r.longTaskMaxMs} ms long task when reached (limit ${limits.maxLongTaskAtReachMs})`);
    if (r.merge50Ms !== null && limits.merge50Ms !== undefined && r.merge50Ms > limits.merge50Ms) over.push(`${r.tool}: merging ${RESPONDENTS} files took ${r.merge50Ms} ms (limit ${limits.merge50Ms})`);
  }
  return over;
}
