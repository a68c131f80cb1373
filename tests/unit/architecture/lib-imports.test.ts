import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * src/lib is the framework-free domain: it takes its words as a translator (or returns codes the
 * components turn into words) and never reaches into src/i18n, React or Astro. This test reads the
 * import graph itself, so a new import that breaks the rule fails here, naming the file.
 */

const ROOT = resolve(__dirname, '../../..');
const LIB = join(ROOT, 'src/lib');
const I18N = join(ROOT, 'src/i18n');
const FRAMEWORKS = /^(react|react-dom|astro)(\/|:|$)/;

/** Every specifier a file imports: static imports and re-exports (types too) and dynamic import(). */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** What is wrong with one file's imports: one line per forbidden specifier. */
function forbiddenImports(file: string, text: string): string[] {
  return specifiers(text).flatMap((specifier) => {
    if (FRAMEWORKS.test(specifier)) return [`${specifier} (a framework)`];
    if (!specifier.startsWith('.')) return [];
    const target = resolve(dirname(file), specifier);
    return target === I18N || target.startsWith(I18N + sep) ? [`${specifier} (src/i18n)`] : [];
  });
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('src/lib imports', () => {
  it('flags imports of src/i18n and of the frameworks, in every form, and nothing else', () => {
    const file = join(LIB, 'results/example.ts');
    const text = [
      "import { t } from '../../i18n/results/index';",
      "import type { AuditKey } from '../../i18n/tools/maturity-audit/fr';",
      "export { fr } from '../../i18n';",
      "const late = () => import('../../i18n/tools/participation-planner/en');",
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { getCollection } from 'astro:content';",
      "import { format } from '../format';",
      "import { LANGS } from '../i18n-core';",
      "import { z } from 'zod';",
      '// a comment naming ../../i18n is not an import',
    ].join('\n');
    expect(forbiddenImports(file, text)).toEqual([
      '../../i18n/results/index (src/i18n)',
      '../../i18n/tools/maturity-audit/fr (src/i18n)',
      '../../i18n (src/i18n)',
      '../../i18n/tools/participation-planner/en (src/i18n)',
      'react (a framework)',
      'react-dom/client (a framework)',
      'astro:content (a framework)',
    ]);
  });

  it('no file under src/lib imports src/i18n, React or Astro', () => {
    const files = sources(LIB);
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) =>
      forbiddenImports(file, readFileSync(file, 'utf8')).map((problem) => `${relative(ROOT, file)} imports ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
