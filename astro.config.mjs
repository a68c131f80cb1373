// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIdsPlugin } from './src/lib/markdown/heading-ids.ts';
import { tableWrapPlugin } from './src/lib/markdown/table-wrap.ts';
import { frenchTypography } from './src/lib/typography/integration.ts';
import { createHash } from 'node:crypto';
import { HOWTO_FOLD_SCRIPT } from './src/components/tools/howto-fold.mjs';

/**
 * SITE_URL: the public origin (canonical links, "cite this page").
 * BASE_PATH: deploy under a sub-path, e.g. BASE_PATH=/intranet/km/ npm run build.
 * OUT_DIR: where the build goes (default ./dist); the tests build a sub-path copy elsewhere.
 */
const site = process.env.SITE_URL || 'https://knowledge-marketing.example';
const base = process.env.BASE_PATH || '/';
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // frenchTypography: narrow no-break spaces and ’ on the built French pages (authors never type them).
  integrations: [mdx(), react(), frenchTypography()],
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [headingIdsPlugin, tableWrapPlugin] }),
  },
  devToolbar: { enabled: false },
  // The small browser modules every page loads (placeholders, languages, reading progress) go into one
  // chunk, instead of three tiny ones fetched one after the other.
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'site', test: /src[\\/](lib[\\/](format|i18n-core|reading-progress)|components[\\/]scripts[\\/]reading-progress)\.ts$/ }],
          },
        },
      },
    },
  },
  // Content-Security-Policy as a <meta> tag on every page: scripts and styles from this origin or
  // hashed by Astro, nothing from elsewhere; 'wasm-unsafe-eval' lets Pagefind run its WebAssembly
  // (it is not 'unsafe-eval': no string is ever evaluated as code).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The how-to's inline fold script (ToolHowTo.astro), hashed from its one source.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [`sha256-${createHash('sha256').update(HOWTO_FOLD_SCRIPT).digest('base64')}`] },
    },
  },
});
