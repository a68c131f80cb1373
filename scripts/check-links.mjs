// Usage: node scripts/check-links.mjs <dist-dir> <base>   (run through npm so Node 24 strips types)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkLinks, pagesWithoutIcon } from '../src/lib/link-check.ts';

const [dir = 'dist', base = '/'] = process.argv.slice(2);
const files = new Set();
const html = new Map();
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else {
      const rel = `/${relative(dir, p).split(sep).join('/')}`;
      files.add(rel);
      if (rel.endsWith('.html')) html.set(rel, readFileSync(p, 'utf8'));
    }
  }
})(dir);
const broken = checkLinks({ files, html }, base);
for (const page of pagesWithoutIcon({ files, html })) broken.push({ page, href: '/favicon.ico', reason: 'no <link rel="icon">: the browser asks for /favicon.ico, which is not built' });
if (broken.length) {
  for (const b of broken) console.error(`${b.page}: ${b.href} → ${b.reason}`);
  console.error(`${broken.length} broken link(s) in ${dir} (base ${base})`);
  process.exit(1);
}
console.log(`links: ${html.size} pages in ${dir} (base ${base}), every internal link and anchor resolves`);
