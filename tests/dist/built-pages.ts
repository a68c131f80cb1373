/** The built site in dist/, read by the tests in this folder (run after `astro build`). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lang } from '../../src/lib/i18n-core';

export const DIST = join(__dirname, '../../', process.env.DIST_DIR ?? 'dist');

export interface BuiltPage {
  path: string;
  lang: Lang;
  html: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** Every built page with its <html lang>; throws, naming the fix, if the site has not been built. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(join(DIST, 'fr')) || !existsSync(join(DIST, 'en'))) {
    throw new Error(`No built site in ${DIST}: run \`npx astro build\` first (these tests read the built pages).`);
  }
  return htmlFiles(DIST).flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    const lang = /<html[^>]*\blang="(fr|en)/.exec(html)?.[1] as Lang | undefined;
    return lang ? [{ path: relative(DIST, file), lang, html }] : [];
  });
}
