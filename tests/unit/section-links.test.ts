/**
 * Links from the tools to chapter sections: one resolver, fed by the headings Astro renders, and
 * every tool's references (audit questionnaires, planner links and rules, positioning sections)
 * resolve to a heading id of the rendered chapter in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSections, sectionKey, type RenderedChapter, type SectionRef } from '../../src/lib/section-links';
import { chapterRefs } from '../../src/lib/maturity-audit/index';
import { parseQuestionnaire } from '../../src/lib/maturity-audit/questionnaire-schema';
import { STEP_IDS } from '../../src/lib/participation-planner/index';
import { SECTION_IDS, SECTION_REFS } from '../../src/lib/segment-positioning/sections';
import { LANGS } from '../../src/lib/i18n-core';
import { renderedChapters, renderHeadings } from './rendered-chapters';
import { CONTENT } from './participation-planner/planner-content';

const chapter = (lang: 'fr' | 'en'): RenderedChapter => ({
  key: 'communities',
  number: 8,
  title: lang === 'fr' ? 'Les communautés' : 'Communities',
  href: `/${lang}/communities/`,
  headings:
    lang === 'fr'
      ? [{ depth: 2, slug: 'les-risques', text: 'Les risques' }, { depth: 3, slug: 'exemples', text: 'Exemples' }, { depth: 2, slug: 'exemples-2', text: 'Exemples' }]
      : [{ depth: 2, slug: 'the-risks', text: 'The risks' }, { depth: 3, slug: 'examples', text: 'Examples' }, { depth: 2, slug: 'examples-2', text: 'Examples' }],
  keyHeadings: [{ depth: 2, slug: 'the-risks', text: 'The risks' }, { depth: 3, slug: 'examples', text: 'Examples' }, { depth: 2, slug: 'examples-2', text: 'Examples' }],
});

describe('resolveSections', () => {
  it('finds the English section and, on a French page, its twin (a numbered duplicate included)', () => {
    const refs = [{ chapter: 'communities', section: 'the-risks' }, { chapter: 'communities', section: 'examples-2' }];
    expect(resolveSections(refs, [chapter('en')], 'ctx')).toEqual({
      'communities#the-risks': { href: '/en/communities/#the-risks', chapterNumber: 8, chapterTitle: 'Communities', sectionTitle: 'The risks' },
      'communities#examples-2': { href: '/en/communities/#examples-2', chapterNumber: 8, chapterTitle: 'Communities', sectionTitle: 'Examples' },
    });
    expect(resolveSections(refs, [chapter('fr')], 'ctx')['communities#examples-2']).toEqual({
      href: '/fr/communities/#exemples-2',
      chapterNumber: 8,
      chapterTitle: 'Les communautés',
      sectionTitle: 'Exemples',
    });
  });

  it('fails loudly, listing every unknown chapter, missing or ### section and section without a twin', () => {
    const orphan = { ...chapter('fr'), key: 'orphan', headings: [{ depth: 2, slug: 'seul', text: 'Seul' }] };
    const refs = [
      { chapter: 'nope', section: 'x' },
      { chapter: 'communities', section: 'no-such-section' },
      { chapter: 'communities', section: 'examples' },
      { chapter: 'orphan', section: 'examples-2' },
    ];
    expect(() => resolveSections(refs, [chapter('fr'), orphan], 'questions.fr.json')).toThrow(
      /questions\.fr\.json: broken chapter references:\n {2}unknown chapter key "nope"\n {2}chapter "communities" has no ## section with id "no-such-section"\n {2}chapter "communities" has no ## section with id "examples"\n {2}chapter "orphan": section "examples-2" has no twin/,
    );
  });

  it('keys links by chapter and section', () => {
    expect(sectionKey({ chapter: 'programme', section: 'step-2-position-segments' })).toBe('programme#step-2-position-segments');
  });
});

describe('rendered headings (as Astro renders the chapters)', () => {
  it('number duplicates, skip code and flatten inline markup', async () => {
    const source = ['---', 'title: "T"', '---', '## Exemples', 'text', '```', '## not a heading', '```', '### Exemples', '## L’étape *1* : l’audit', ''].join('\n');
    const headings = await renderHeadings(source);
    expect(headings.map((heading) => [heading.depth, heading.slug])).toEqual([
      [2, 'exemples'],
      [3, 'exemples-2'],
      [2, 'l-etape-1-l-audit'],
    ]);
    expect((await renderHeadings(source)).map((heading) => heading.slug)).toEqual(headings.map((heading) => heading.slug));
  });
});

const DATA = join(__dirname, '../../src/content/tools/maturity-audit');
const audit = (lang: 'fr' | 'en') => parseQuestionnaire(JSON.parse(readFileSync(join(DATA, `questions.${lang}.json`), 'utf8')), `questions.${lang}.json`);

/** Every section reference of every tool, with where it comes from. */
const TOOL_REFS: readonly (readonly [string, SectionRef])[] = [
  ...LANGS.flatMap((lang) => chapterRefs(audit(lang)).map((ref) => [`maturity-audit questions.${lang}.json`, ref] as const)),
  ...STEP_IDS.flatMap((step) => CONTENT.en.links[step].map((ref) => [`participation-planner links.json ${step}`, ref] as const)),
  ...CONTENT.en.rules.rules.map((rule) => [`participation-planner rules.json ${rule.id}`, rule.basis] as const),
  ...SECTION_IDS.map((id) => [`segment-positioning sections.ts ${id}`, SECTION_REFS[id]] as const),
];

describe.each(LANGS)('every tool’s chapter sections exist in the rendered chapters (%s)', (lang) => {
  it('resolve to a ## heading id of the chapter as rendered in this language', async () => {
    const chapters = await renderedChapters(lang);
    const links = resolveSections(TOOL_REFS.map(([, ref]) => ref), chapters, lang);
    for (const [where, ref] of TOOL_REFS) {
      const target = chapters.find((candidate) => candidate.key === ref.chapter)!;
      const id = links[sectionKey(ref)]!.href.split('#')[1];
      expect(target.headings.filter((heading) => heading.depth === 2).map((heading) => heading.slug), `${where}: ${sectionKey(ref)}`).toContain(id);
    }
    expect(new Set(TOOL_REFS.map(([, ref]) => sectionKey(ref))).size).toBeGreaterThan(40);
  });
});
