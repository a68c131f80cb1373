import { describe, expect, it } from 'vitest';
import { checkGuides, componentKeys, splitGuideId, type GuideRecord } from '../../src/lib/content-integrity';

const g = (over: Partial<GuideRecord>): GuideRecord => ({
  lang: 'fr', slug: 's', file: 'src/content/guides/fr/s.mdx', key: 'k', chapter: 1, part: 1,
  sources: [], citedInBody: [], termsInBody: [], ...over,
});
const pair = (over: Partial<GuideRecord> = {}) => [
  g({ ...over }),
  g({ lang: 'en', file: 'src/content/guides/en/s.mdx', ...over }),
];

describe('checkGuides', () => {
  it('accepts a complete pair', () => {
    expect(checkGuides(pair({ sources: ['a'], citedInBody: ['a'], termsInBody: ['t'] }), new Set(['a']), new Set(['t']))).toEqual([]);
  });
  it('names the file and field of a missing twin', () => {
    const problems = checkGuides([g({})], new Set(), new Set());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/content/guides/fr/s.mdx', field: 'key' });
    expect(problems[0]?.message).toContain('no EN twin');
  });
  it('reports an unknown source key with its position', () => {
    const problems = checkGuides(pair({ sources: ['ok', 'nope'] }), new Set(['ok']), new Set());
    expect(problems.map((p) => p.field)).toEqual(['sources[1]', 'sources[1]']);
    expect(problems[0]?.message).toContain('"nope"');
  });
  it('reports a citation missing from the frontmatter and an unknown glossary term', () => {
    const problems = checkGuides(
      [g({ citedInBody: ['x'], termsInBody: ['ghost'] }), g({ lang: 'en', file: 'en.mdx' })],
      new Set(['x']),
      new Set(),
    );
    expect(problems.map((p) => `${p.file}:${p.field}`)).toEqual(['src/content/guides/fr/s.mdx:sources', 'src/content/guides/fr/s.mdx:body']);
  });
  it('reports twins that disagree on chapter or part, and duplicates', () => {
    const problems = checkGuides(
      [g({}), g({ lang: 'en', file: 'en.mdx', chapter: 2, part: 3 }), g({ file: 'dup.mdx', slug: 'd' })],
      new Set(),
      new Set(),
    );
    const fields = problems.map((p) => `${p.file}:${p.field}`);
    expect(fields).toContain('dup.mdx:key');
    expect(fields).toContain('dup.mdx:chapter');
    expect(fields).toContain('src/content/guides/fr/s.mdx:chapter');
    expect(fields).toContain('src/content/guides/fr/s.mdx:part');
  });
});

describe('helpers', () => {
  it('splits collection ids', () => {
    expect(splitGuideId('fr/le-knowledge-marketing')).toEqual({ lang: 'fr', slug: 'le-knowledge-marketing' });
    expect(splitGuideId('de/x')).toBeUndefined();
    expect(splitGuideId('fr')).toBeUndefined();
  });
  it('finds component keys in MDX', () => {
    const body = 'A <Cite k="bitner-1997" /> b <Term k=\'co-production\'>x</Term> <Cite page="3" k="dabholkar-1990"/>';
    expect(componentKeys(body, 'Cite')).toEqual(['bitner-1997', 'dabholkar-1990']);
    expect(componentKeys(body, 'Term')).toEqual(['co-production']);
  });
});
