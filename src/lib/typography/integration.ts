import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frenchHtml } from './french';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** French typography on every built page whose <html lang> is French (see ./french.ts). */
export function frenchTypography() {
  return {
    name: 'kmm-french-typography',
    hooks: {
      'astro:build:done': ({ dir, logger }: { dir: URL; logger: { info(msg: string): void } }) => {
        let count = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!/<html[^>]*\blang="fr/.test(html)) continue;
          const next = frenchHtml(html);
          if (next !== html) writeFileSync(file, next);
          count++;
        }
        logger.info(`French typography applied to ${count} pages`);
      },
    },
  };
}
