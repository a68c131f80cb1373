/**
 * The questionnaire data files: valid in both languages, twins by id, and every chapter
 * reference pointing at a real `##` section of the chapter in that language (read from the MDX
 * files, like tests/unit/content.test.ts), the same section in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chapterRefs,
  chapterSections,
  idDifferences,
  resolveChapterRefs,
  statementIds,
  stepIds,
  type ChapterInfo,
} from '../../../src/lib/maturity-audit/index';
import { parseQuestionnaire } from '../../../src/lib/maturity-audit/questionnaire-schema';
import { DATA_DIR, realQuestionnaire } from './fixtures';

const GUIDES = join(__dirname, '../../../src/content/guides');
const fr = realQuestionnaire('fr');
const en = realQuestionnaire('en');

function chapters(lang: 'fr' | 'en'): ChapterInfo[] {
  const dir = join(GUIDES, lang);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const frontmatter = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
      const field = (name: string) => frontmatter.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))?.[1]?.trim().replace(/^["']|["']$/g, '') ?? '';
      return { key: field('key'), number: Number(field('chapter')), title: field('title'), href: `/${lang}/${file.replace(/\.mdx$/, '')}/`, body: text.replace(/^---\n[\s\S]*?\n---/, '') };
    });
}

describe('questionnaire data files', () => {
  it('parse in both languages and declare their language', () => {
    expect(fr.lang).toBe('fr');
    expect(en.lang).toBe('en');
  });

  it('are in canonical form, so the browser can use them unparsed (nothing trimmed or filled in)', () => {
    for (const lang of ['fr', 'en'] as const) {
      const raw: unknown = JSON.parse(readFileSync(join(DATA_DIR, `questions.${lang}.json`), 'utf8'));
      expect(parseQuestionnaire(raw, `questions.${lang}.json`)).toStrictEqual(raw);
    }
  });

  it('have eight dimensions, the method\'s, in order', () => {
    expect(en.dimensions.map((d) => d.id)).toEqual(['lf', 'lt', 'co', 'ce', 'dp', 'cp', 'cm', 'ro']);
  });

  it('have 4 to 6 statements per dimension, with ids "<dimension>-<n>" numbered from 1', () => {
    for (const dimension of en.dimensions) {
      expect(dimension.statements.length).toBeGreaterThanOrEqual(4);
      expect(dimension.statements.length).toBeLessThanOrEqual(6);
      expect(dimension.statements.map((s) => s.id)).toEqual(dimension.statements.map((_, index) => `${dimension.id}-${index + 1}`));
    }
    expect(statementIds(en)).toHaveLength(42);
  });

  it('have exactly the same ids in both languages (dimensions, statements, steps, chapters)', () => {
    expect(idDifferences(fr, en)).toEqual([]);
    expect(statementIds(fr)).toEqual(statementIds(en));
    expect(stepIds(fr)).toEqual(stepIds(en));
    expect(new Set(stepIds(en)).size).toBe(stepIds(en).length);
  });

  it('have no blank text and no text left untranslated', () => {
    en.dimensions.forEach((dimension, d) => {
      const twin = fr.dimensions[d]!;
      expect(twin.name).not.toBe(dimension.name);
      dimension.statements.forEach((statement, s) => expect(twin.statements[s]?.text).not.toBe(statement.text));
    });
  });

  it('refuse a typo, naming the file and the path', () => {
    const broken = JSON.parse(readFileSync(join(DATA_DIR, 'questions.en.json'), 'utf8'));
    broken.dimensions[2].statements[1].id = 'lf-9';
    broken.dimensions[0].nextSteps.structured[0].ref.anchor = 'Not An Anchor';
    expect(() => parseQuestionnaire(broken, 'questions.en.json')).toThrow(
      /questions\.en\.json is not a valid questionnaire:\n {2}dimensions\.0\.nextSteps\.structured\.0\.ref\.anchor: .*\n {2}dimensions\.2\.statements\.1\.id: must start with "co-"/,
    );
  });

  for (const [lang, questionnaire] of [['fr', fr], ['en', en]] as const) {
    it(`reference only existing chapters and ## sections in ${lang}`, () => {
      const links = resolveChapterRefs(chapterRefs(questionnaire), chapters(lang), `questions.${lang}.json`);
      expect(Object.keys(links).length).toBeGreaterThan(20);
    });
  }

  it('point to the same section in both languages', () => {
    const position = (lang: 'fr' | 'en', chapter: string, anchor: string): number => {
      const body = chapters(lang).find((c) => c.key === chapter)?.body ?? '';
      return chapterSections(body).filter((s) => s.level === 2).findIndex((s) => s.anchor === anchor);
    };
    const frRefs = chapterRefs(fr);
    chapterRefs(en).forEach((ref, index) => {
      const twin = frRefs[index]!;
      expect(twin.chapter).toBe(ref.chapter);
      expect(position('fr', twin.chapter, twin.anchor), `${ref.chapter}#${ref.anchor} vs #${twin.anchor}`).toBe(position('en', ref.chapter, ref.anchor));
    });
  });

  it('link each dimension to the chapters the method assigns it', () => {
    const keys = (id: string) => new Set(en.dimensions.find((d) => d.id === id)?.chapters.map((c) => c.chapter));
    expect([...keys('lf')]).toEqual(expect.arrayContaining(['knowledge-marketing', 'involvement-knowledge']));
    expect([...keys('lt')]).toEqual(expect.arrayContaining(['knowledge-marketing', 'involvement-knowledge']));
    expect([...keys('co')]).toEqual(expect.arrayContaining(['knowledge-marketing', 'customer-empowerment']));
    expect([...keys('ce')]).toEqual(expect.arrayContaining(['knowledge-marketing', 'customer-empowerment']));
    expect([...keys('dp')]).toEqual(expect.arrayContaining(['customer-participation', 'participation-timing', 'co-production-profiles']));
    expect([...keys('cp')]).toEqual(['managing-participation']);
    expect([...keys('cm')]).toEqual(['prosumer-communities']);
    expect([...keys('ro')]).toEqual(expect.arrayContaining(['relationship', 'programme']));
  });

  it('resolution fails loudly on an unknown chapter or a missing anchor', () => {
    const list = chapters('en');
    expect(() => resolveChapterRefs([{ chapter: 'nope', anchor: 'x' }, { chapter: 'programme', anchor: 'no-such-section' }], list, 'ctx')).toThrow(
      /ctx: broken chapter references:\n {2}unknown chapter key "nope"\n {2}chapter "programme" has no ## section with anchor "no-such-section"/,
    );
  });
});

describe('chapter sections', () => {
  it('slug headings as the site does (accents folded, duplicates numbered, fences skipped)', () => {
    const body = ['## Quand le client participe-t-il ?', 'text', '```', '## not a heading', '```', '### Exemples', '## Exemples', '## L’étape 1 : l’audit'].join('\n');
    expect(chapterSections(body)).toEqual([
      { anchor: 'quand-le-client-participe-t-il', title: 'Quand le client participe-t-il ?', level: 2 },
      { anchor: 'exemples', title: 'Exemples', level: 3 },
      { anchor: 'exemples-2', title: 'Exemples', level: 2 },
      { anchor: 'l-etape-1-l-audit', title: 'L’étape 1 : l’audit', level: 2 },
    ]);
  });
});
