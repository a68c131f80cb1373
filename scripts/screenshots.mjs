// Screenshots of built pages for a human look: light, dark and phone width.
// Usage: node scripts/serve.mjs dist 4400 (in another shell) then
//   node scripts/screenshots.mjs http://127.0.0.1:4400 /fr/ /en/method/knowledge-marketing/ …
// PNGs go to test-results/screens/.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const [origin, ...paths] = process.argv.slice(2);
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const variants = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone', viewport: { width: 375, height: 740 }, colorScheme: 'light', deviceScaleFactor: 2 },
];
for (const path of paths) {
  for (const v of variants) {
    const ctx = await browser.newContext({ viewport: v.viewport, colorScheme: v.colorScheme, deviceScaleFactor: v.deviceScaleFactor ?? 1 });
    const page = await ctx.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${v.name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(`${file}${overflow > 0 ? `  ⚠ horizontal overflow ${overflow}px` : ''}`);
    await ctx.close();
  }
}
await browser.close();
