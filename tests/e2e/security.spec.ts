import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const DIST = process.env.OUT_DIR || 'dist';
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}
const files = htmlFiles(DIST);

test('every page carries a Content-Security-Policy without unsafe-eval or unsafe-inline scripts', () => {
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(csp, file).toBeDefined();
    expect(csp, file).toContain("default-src 'self'");
    expect(csp, file).toMatch(/script-src 'self'/);
    expect(csp, file).not.toContain("'unsafe-eval'");
    expect(csp!.match(/script-src[^;]*/)?.[0], file).not.toContain("'unsafe-inline'");
  }
});

test('no page loads anything from another origin (no CDN, font, analytics)', () => {
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const external = [...html.matchAll(/<(script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"/g)]
      .map((m) => m[0])
      .filter((tag) => !/rel="(canonical|alternate)"/.test(tag));
    expect(external, file).toEqual([]);
  }
});

test('no cookie is set while reading and using a tool', async ({ page, context }) => {
  await page.goto('/fr/');
  await page.goto('/en/method/knowledge-marketing/');
  await page.goto('/en/tools/participation-planner/');
  expect(await context.cookies()).toEqual([]);
});
