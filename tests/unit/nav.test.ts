import { describe, expect, it } from 'vitest';
import { buildToc, groupByPart, neighbours, type NavChapter } from '../../src/lib/nav';

const ch = (chapter: number, part: number): NavChapter => ({ key: `k${chapter}`, chapter, part, title: `T${chapter}`, href: `/c${chapter}/` });

describe('navigation', () => {
  it('groups chapters by part in reading order', () => {
    const parts = groupByPart([ch(4, 2), ch(1, 1), ch(3, 1), ch(12, 4)]);
    expect(parts.map((p) => [p.part, p.chapters.map((c) => c.chapter)])).toEqual([[1, [1, 3]], [2, [4]], [4, [12]]]);
  });
  it('finds previous and next chapters', () => {
    const list = [ch(2, 1), ch(1, 1), ch(3, 1)];
    expect(neighbours(list, 'k2')).toEqual({ prev: ch(1, 1), next: ch(3, 1) });
    expect(neighbours(list, 'k1')).toEqual({ next: ch(2, 1) });
    expect(neighbours(list, 'k3')).toEqual({ prev: ch(2, 1) });
    expect(neighbours(list, 'missing')).toEqual({});
  });
  it('nests h3 under h2 and ignores other depths', () => {
    const toc = buildToc([
      { depth: 3, slug: 'orphan', text: 'Orphan' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((t) => [t.slug, t.children.map((c) => c.slug)])).toEqual([['orphan', []], ['a', ['a1']], ['b', []]]);
  });
});
