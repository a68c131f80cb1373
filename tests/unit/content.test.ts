/**
 * The published content itself: both languages have the same chapters with the same section
 * structure, every chapter is substantial, and every citation and glossary link resolves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentKeys } from '../../src/lib/content-integrity';
import { countWords, readableText } from '../../src/lib/reading-time';

const ROOT = join(__dirname, '../../src/content');
const frontmatter = (text: string) => text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
const field = (fm: string, name: string) => fm.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))?.[1]?.trim().replace(/^["']|["']$/g, '');
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---/, '');
const h2s = (text: string) => body(text).match(/^## .+$/gm) ?? [];

function chapters(lang: 'fr' | 'en') {
  const dir = join(ROOT, 'guides', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const fm = frontmatter(text);
      return { file: `${lang}/${f}`, text, key: field(fm, 'key'), chapter: Number(field(fm, 'chapter')) };
    });
}

const fr = chapters('fr');
const en = chapters('en');
const sources = new Set((JSON.parse(readFileSync(join(ROOT, 'sources/sources.json'), 'utf8')) as { id: string }[]).map((s) => s.id));
const glossary = JSON.parse(readFileSync(join(ROOT, 'glossary/glossary.json'), 'utf8')) as { id: string }[];
const terms = new Set(glossary.map((g) => g.id));

describe('chapters in French and English', () => {
  it('exist as the same set of keys and chapter numbers', () => {
    expect(fr.length).toBeGreaterThan(0);
    const sig = (list: typeof fr) => list.map((c) => `${c.chapter}:${c.key}`).sort();
    expect(sig(en)).toEqual(sig(fr));
  });

  for (const c of fr) {
    const twin = en.find((e) => e.key === c.key);
    it(`${c.file} and its twin have the same number of sections`, () => {
      expect(twin, `EN twin of ${c.file}`).toBeDefined();
      expect(h2s(twin!.text).length, `${twin!.file} vs ${c.file}`).toBe(h2s(c.text).length);
    });
  }

  for (const c of [...fr, ...en]) {
    it(`${c.file} is 900–2,500 words and cites only known sources and terms`, () => {
      const words = countWords(readableText(body(c.text)));
      expect(words, `${c.file} word count`).toBeGreaterThanOrEqual(900);
      expect(words, `${c.file} word count`).toBeLessThanOrEqual(2500);
      for (const k of componentKeys(c.text, 'Cite')) expect(sources.has(k), `${c.file} cites ${k}`).toBe(true);
      for (const k of componentKeys(c.text, 'Term')) expect(terms.has(k), `${c.file} links term ${k}`).toBe(true);
    });
  }
});

describe('glossary', () => {
  it('defines at least 30 terms, each in French and English', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
  });
});

/**
 * Who is speaking (the About page's three voices): a "method" box says what the method holds, a
 * "reading" box is the site's own, an "illustration" is made up. Twins carry the same boxes in order.
 */
describe('callouts', () => {
  const callouts = (text: string) =>
    [...body(text).matchAll(/<Callout kind="([a-z]+)">([\s\S]*?)<\/Callout>/g)].map((m) => ({ kind: m[1]!, text: m[2]! }));
  const speaks: Record<string, RegExp> = {
    method: /méthode|method/i,
    reading: /\bsite\b|ce guide|this guide/i,
    illustration: /./,
  };

  for (const c of [...fr, ...en]) {
    it(`${c.file}: every callout is a known voice and says so`, () => {
      for (const box of callouts(c.text)) {
        expect(Object.keys(speaks), `${c.file}: kind "${box.kind}"`).toContain(box.kind);
        expect(box.text, `${c.file}: a "${box.kind}" box names its voice`).toMatch(speaks[box.kind]!);
      }
    });
  }

  for (const c of fr) {
    const twin = en.find((e) => e.key === c.key);
    it(`${c.file} and its twin carry the same callouts in the same order`, () => {
      expect(callouts(twin!.text).map((b) => b.kind)).toEqual(callouts(c.text).map((b) => b.kind));
    });
  }
});
