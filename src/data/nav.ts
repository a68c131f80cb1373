import type { Lang } from '../lib/i18n-core';
import type { NavChapter } from '../lib/nav';
import { guidesFor } from './guides';
import { href } from './links';

export async function navChapters(lang: Lang): Promise<NavChapter[]> {
  return (await guidesFor(lang)).map((g) => ({
    key: g.entry.data.key,
    chapter: g.entry.data.chapter,
    part: g.entry.data.part,
    title: g.entry.data.title,
    href: href(lang, { kind: 'chapter', slug: g.slug }),
  }));
}
