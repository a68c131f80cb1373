// Writes <dist>/sw.js, the offline service worker, after the build and the search index.
// Usage: node scripts/service-worker.mjs [dist-dir=dist]   (run through npm/npx: Node 24 reads the .ts imports)
//
// The worker (src/service-worker/sw.ts) is bundled with esbuild (the bundler Astro itself
// installs) and receives two constants:
// - __BUILD_ID__: a hash of every built file's path and content (sw.js excepted). Any change to
//   the site changes it, hence the bytes of sw.js: browsers install the new worker, the page
//   offers a reload, and the new worker deletes the caches of older builds.
// - __PRECACHE__: the small core kept at install: the offline pages (French-first and, when built,
//   English-first), the /_astro/ files they link to, the icon. Paths are relative to the worker's
//   scope, so one file works under any base path.
// - __SEARCH_FILES__: the search index's files, kept once a search fetched the index (see
//   searchFilesOf in src/lib/offline-cache.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { OFFLINE_PATH, OFFLINE_PATH_EN, WORKER_PATH, astroAssetsOf, searchFilesOf } from '../src/lib/offline-cache.ts';

const dir = process.argv[2] || 'dist';
const entry = fileURLToPath(new URL('../src/service-worker/sw.ts', import.meta.url));

function* walk(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

const hash = createHash('sha256');
let files = 0;
for (const file of walk(dir)) {
  const rel = relative(dir, file).split(sep).join('/');
  if (rel === WORKER_PATH) continue;
  hash.update(`${rel}\0${createHash('sha256').update(readFileSync(file)).digest('hex')}\n`);
  files += 1;
}
const buildId = hash.digest('hex').slice(0, 16);

const offlineHtml = join(dir, OFFLINE_PATH, 'index.html');
if (!existsSync(offlineHtml)) throw new Error(`${offlineHtml} is missing: build the site (src/pages/offline.astro) first`);
const offlinePages = [OFFLINE_PATH, OFFLINE_PATH_EN].filter((p) => existsSync(join(dir, p, 'index.html')));
const offlineAssets = [...new Set(offlinePages.flatMap((p) => astroAssetsOf(readFileSync(join(dir, p, 'index.html'), 'utf8'))))].sort();
const precache = [...offlinePages, ...offlineAssets, 'favicon.svg'].filter(
  (p) => offlinePages.includes(p) || existsSync(join(dir, p)),
);
const searchFiles = existsSync(join(dir, 'pagefind'))
  ? searchFilesOf([...walk(join(dir, 'pagefind'))].map((f) => relative(dir, f).split(sep).join('/')))
  : [];

const out = await build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  define: { __BUILD_ID__: JSON.stringify(buildId), __PRECACHE__: JSON.stringify(precache), __SEARCH_FILES__: JSON.stringify(searchFiles) },
  banner: { js: `/* Knowledge marketing, offline service worker, build ${buildId} */` },
});
writeFileSync(join(dir, WORKER_PATH), out.outputFiles[0].text);
console.log(`service worker: ${join(dir, WORKER_PATH)}, build ${buildId} (${files} files), precache: ${precache.join(', ')}, search files: ${searchFiles.length}`);
