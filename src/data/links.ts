import type { Lang } from '../lib/i18n-core';
import { pathFor, withBase, type PageRef } from '../lib/routes';

/** Base-aware href for a page; every internal link of the site goes through this. */
export function href(lang: Lang, ref: PageRef): string {
  return withBase(import.meta.env.BASE_URL, pathFor(lang, ref));
}

/** Base-aware href for a raw site-relative path ("/pagefind/…", "/favicon.svg"). */
export function asset(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
