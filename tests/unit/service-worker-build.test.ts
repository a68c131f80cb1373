import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** scripts/service-worker.mjs on a tiny fake build: the worker's bytes follow the site's. */
describe('scripts/service-worker.mjs', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmm-sw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'offline'), { recursive: true });
  mkdirSync(join(dir, '_astro'), { recursive: true });
  mkdirSync(join(dir, 'fr'), { recursive: true });
  writeFileSync(join(dir, 'offline/index.html'), '<link rel="stylesheet" href="/km/_astro/Base.a1.css"><h1>offline</h1>');
  writeFileSync(join(dir, '_astro/Base.a1.css'), 'body{}');
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dir, 'fr/index.html'), '<h1>v1</h1>');

  const generate = () => {
    execFileSync(process.execPath, ['scripts/service-worker.mjs', dir], { stdio: 'pipe' });
    return readFileSync(join(dir, 'sw.js'), 'utf8');
  };
  const buildId = (sw: string) => sw.match(/build ([0-9a-f]{16})/)?.[1];

  it('writes a worker with the build id and the precache list of the offline page', () => {
    const sw = generate();
    expect(buildId(sw)).toBeDefined();
    expect(sw).toContain('"offline/","_astro/Base.a1.css","favicon.svg"');
    expect(() => new Function(sw)).not.toThrow();
  });

  it('precaches the English offline page and lists the search files to keep once the index is fetched', () => {
    mkdirSync(join(dir, 'en/offline'), { recursive: true });
    mkdirSync(join(dir, 'pagefind/index'), { recursive: true });
    writeFileSync(join(dir, 'en/offline/index.html'), '<link rel="stylesheet" href="/km/_astro/Base.a1.css"><h1>offline</h1>');
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-entry.json', 'pagefind/index/en_1.pf_index']) writeFileSync(join(dir, f), 'x');
    const sw = generate();
    expect(sw).toContain('"offline/","en/offline/","_astro/Base.a1.css","favicon.svg"');
    expect(sw).toContain('"pagefind/index/en_1.pf_index","pagefind/pagefind.js"]');
    expect(sw).not.toContain('pagefind-ui.js');
  });

  it('gives the same bytes for the same site and new bytes when any file changes', () => {
    const first = generate();
    expect(generate()).toBe(first);
    writeFileSync(join(dir, 'fr/index.html'), '<h1>v2</h1>');
    const second = generate();
    expect(buildId(second)).not.toBe(buildId(first));
  });
});
