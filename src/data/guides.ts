import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/i18n-core';
import { checkGuides, componentKeys, formatProblems, splitGuideId, type GuideRecord } from '../lib/content-integrity';
import { readingMinutes } from '../lib/reading-time';

export type GuideEntry = CollectionEntry<'guides'>;

export interface Guide {
  entry: GuideEntry;
  lang: Lang;
  slug: string;
  readingMinutes: number;
}

let cache: Promise<Guide[]> | undefined;

/**
 * All published chapters, checked once per build: a missing twin, an unknown source or
 * glossary key, or a duplicate chapter number stops the build with the file and field named.
 */
export function getGuides(): Promise<Guide[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<Guide[]> {
  const entries = await getCollection('guides', (e) => !e.data.draft);
  const sources = await getCollection('sources');
  const glossary = await getCollection('glossary');
  const guides: Guide[] = [];
  const records: GuideRecord[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `src/content/guides/${entry.id}.mdx`;
    const split = splitGuideId(entry.id);
    if (!split) throw new Error(`${file}: a chapter must live in src/content/guides/fr/ or src/content/guides/en/`);
    const body = entry.body ?? '';
    guides.push({ entry, lang: split.lang, slug: split.slug, readingMinutes: readingMinutes(body) });
    records.push({
      lang: split.lang,
      slug: split.slug,
      file,
      key: entry.data.key,
      chapter: entry.data.chapter,
      part: entry.data.part,
      sources: entry.data.sources,
      citedInBody: componentKeys(body, 'Cite'),
      termsInBody: componentKeys(body, 'Term'),
    });
  }
  const problems = checkGuides(records, new Set(sources.map((s) => s.id)), new Set(glossary.map((g) => g.id)));
  if (problems.length) throw new Error(`Content integrity check failed:\n${formatProblems(problems)}`);
  return guides.sort((a, b) => a.entry.data.chapter - b.entry.data.chapter);
}

export async function guidesFor(lang: Lang): Promise<Guide[]> {
  return (await getGuides()).filter((g) => g.lang === lang);
}

export async function twinOf(guide: Guide): Promise<Guide | undefined> {
  return (await getGuides()).find((g) => g.lang !== guide.lang && g.entry.data.key === guide.entry.data.key);
}
