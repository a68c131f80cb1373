import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/i18n-core';

/** The stand-alone page (src/content/pages/<lang>/*.mdx) with this key; stops the build if missing. */
export async function pageEntry(lang: Lang, key: string): Promise<CollectionEntry<'pages'>> {
  const page = (await getCollection('pages')).find((p) => p.id.startsWith(`${lang}/`) && p.data.key === key);
  if (!page) throw new Error(`src/content/pages/${lang}/: no page with key "${key}"`);
  return page;
}
