/**
 * The language switch carries the reader's section: every chapter's ## and ### sections pair
 * one-to-one, in order, with its twin's. A chapter whose sections cannot be paired fails here
 * (and stops the build, in ChapterPage.astro).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownAnchor, pairSections, twinAnchor } from '../../src/lib/section-pairs';
import { createSlugger } from '../../src/lib/slug';

describe('pairSections', () => {
  const fr = [
    { depth: 2, slug: 'du-novice-a-l-expert' },
    { depth: 3, slug: 'les-novices' },
    { depth: 4, slug: 'ignored' },
    { depth: 2, slug: 'exercises' },
  ];
  const en = [
    { depth: 2, slug: 'from-novice-to-expert' },
    { depth: 3, slug: 'novices' },
    { depth: 2, slug: 'exercises' },
  ];

  it('pairs ## and ### in order, leaving other levels out', () => {
    const r = pairSections(fr, en);
    expect(r).toEqual({ ok: true, pairs: { 'du-novice-a-l-expert': 'from-novice-to-expert', 'les-novices': 'novices', exercises: 'exercises' } });
  });

  it('refuses sections of different levels or counts', () => {
    const swapped = pairSections(fr, [en[1]!, en[0]!, en[2]!]);
    expect(swapped.ok).toBe(false);
    const short = pairSections(fr, en.slice(0, 2));
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.problem).toMatch(/no twin/);
  });

  it('finds the twin anchor and the way back', () => {
    const r = pairSections(fr, en);
    if (!r.ok) throw new Error(r.problem);
    expect(twinAnchor(r.pairs, 'les-novices')).toBe('novices');
    expect(twinAnchor(r.pairs, 'constructor')).toBeUndefined();
    expect(twinAnchor(r.pairs, 'nowhere')).toBeUndefined();
    expect(ownAnchor(r.pairs, 'novices')).toBe('les-novices');
    expect(ownAnchor(r.pairs, 'nowhere')).toBeUndefined();
  });
});

const ROOT = join(__dirname, '../../src/content/guides');
function chapters(lang: 'fr' | 'en') {
  return readdirSync(join(ROOT, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(ROOT, lang, f), 'utf8');
      const key = text.match(/^key:\s*(\S+)/m)?.[1];
      const body = text.replace(/^---\n[\s\S]*?\n---/, '');
      const slug = createSlugger();
      const headings = [...body.matchAll(/^(#{2,6}) (.+)$/gm)].map((m) => ({ depth: m[1]!.length, text: m[2]!, slug: slug(m[2]!) }));
      return { file: `${lang}/${f}`, key, headings };
    });
}

describe('every chapter pairs its sections with its twin', () => {
  const en = chapters('en');
  for (const c of chapters('fr')) {
    it(`${c.file}`, () => {
      const twin = en.find((e) => e.key === c.key);
      expect(twin, `twin of ${c.file}`).toBeDefined();
      const r = pairSections(c.headings, twin!.headings);
      expect(r.ok ? '' : `${c.file} / ${twin!.file}: ${r.problem}`).toBe('');
    });
  }
});
