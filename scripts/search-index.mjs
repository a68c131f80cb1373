// Builds the Pagefind index of the built site (one index per language, by <html lang>).
// Usage: node scripts/search-index.mjs [dist-dir]
//
// Pagefind folds "l’influence" into one word "linfluence", so French readers searching
// "influence" would miss it; with a straight apostrophe it indexes "influence" too. The index
// therefore sees straight apostrophes between letters; the pages themselves are unchanged.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

const dir = process.argv[2] || 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

let pages = 0;
for (const file of walk(dir)) {
  if (!file.endsWith('.html')) continue;
  const content = readFileSync(file, 'utf8').replace(/(\p{L})[’‘](\p{L})/gu, "$1'$2");
  const res = await index.addHTMLFile({ sourcePath: relative(dir, file).split(sep).join('/'), content });
  if (res.errors.length) throw new Error(`${file}: ${res.errors.join('; ')}`);
  pages += 1;
}
const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
console.log(`search index: ${pages} HTML files read, index written to ${join(dir, 'pagefind')}`);

function* walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (name === 'pagefind') continue;
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
