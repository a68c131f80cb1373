import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { langFromPath, pathFor, stripBase, toolPagePaths, toolParam, withBase } from '../../src/lib/routes';
import { TOOL_IDS } from '../../src/lib/tools';

describe('pathFor', () => {
  it('localises every section', () => {
    expect(pathFor('fr', { kind: 'home' })).toBe('/fr/');
    expect(pathFor('fr', { kind: 'chapter', slug: 'le-knowledge-marketing' })).toBe('/fr/methode/le-knowledge-marketing/');
    expect(pathFor('en', { kind: 'chapter', slug: 'knowledge-marketing' })).toBe('/en/method/knowledge-marketing/');
    expect(pathFor('fr', { kind: 'glossary' })).toBe('/fr/glossaire/');
    expect(pathFor('en', { kind: 'glossary' })).toBe('/en/glossary/');
    expect(pathFor('fr', { kind: 'about' })).toBe('/fr/a-propos/');
    expect(pathFor('en', { kind: 'sources' })).toBe('/en/sources/');
    expect(pathFor('fr', { kind: 'tool', tool: 'maturity-audit' })).toBe('/fr/outils/audit-de-maturite/');
    expect(pathFor('en', { kind: 'tool', tool: 'participation-planner' })).toBe('/en/tools/participation-planner/');
    expect(pathFor('en', { kind: 'tools' })).toBe('/en/tools/');
    expect(pathFor('fr', { kind: 'coursePack' })).toBe('/fr/parcours-de-formation/');
    expect(pathFor('en', { kind: 'coursePack' })).toBe('/en/course-pack/');
  });
});

describe('withBase', () => {
  it('joins root and sub-path bases without doubling slashes', () => {
    expect(withBase('/', '/fr/')).toBe('/fr/');
    expect(withBase('/intranet/km/', '/fr/')).toBe('/intranet/km/fr/');
    expect(withBase('/intranet/km', '/fr/')).toBe('/intranet/km/fr/');
    expect(withBase('/intranet/km/', 'fr/')).toBe('/intranet/km/fr/');
    expect(withBase('/docs/', '/pagefind/pagefind.js')).toBe('/docs/pagefind/pagefind.js');
  });
  it('leaves absolute URLs and in-page anchors alone', () => {
    expect(withBase('/docs/', 'https://example.org/x')).toBe('https://example.org/x');
    expect(withBase('/docs/', 'mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(withBase('/docs/', '#top')).toBe('#top');
  });
});

describe('stripBase and langFromPath', () => {
  it('removes the base from a pathname', () => {
    expect(stripBase('/intranet/km/', '/intranet/km/en/method/x/')).toBe('/en/method/x/');
    expect(stripBase('/', '/fr/')).toBe('/fr/');
    expect(stripBase('/docs/', '/other/fr/')).toBe('/other/fr/');
  });
  it('reads the language segment', () => {
    expect(langFromPath('/fr/methode/x/')).toBe('fr');
    expect(langFromPath('/en/')).toBe('en');
    expect(langFromPath('/de/')).toBeUndefined();
    expect(langFromPath('/')).toBeUndefined();
  });
});

describe('toolPagePaths', () => {
  it('gives a published tool one page per language, under the tools section, with its own route parameter', () => {
    expect(toolPagePaths('segment-positioning', ['fr', 'en'], new Set(['segment-positioning']))).toEqual([
      { params: { lang: 'fr', section: 'outils', positioning: 'positionnement-des-segments' }, props: { lang: 'fr' } },
      { params: { lang: 'en', section: 'tools', positioning: 'segment-positioning' }, props: { lang: 'en' } },
    ]);
  });
  it('gives an unpublished tool no page', () => {
    expect(toolPagePaths('maturity-audit', ['fr', 'en'], new Set(['segment-positioning']))).toEqual([]);
  });
  it('gives each tool a distinct parameter, matching a route file', () => {
    const params = TOOL_IDS.map(toolParam);
    expect(new Set(params).size).toBe(TOOL_IDS.length);
    for (const param of params) expect(existsSync(`src/pages/[lang]/[section]/[${param}].astro`), param).toBe(true);
  });
});
