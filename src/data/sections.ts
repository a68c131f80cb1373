import { render } from 'astro:content';
import type { Lang } from '../lib/i18n-core';
import { resolveSections, sectionKey, type RenderedChapter, type SectionLinkMap, type SectionRef } from '../lib/section-links';
import { useTranslations } from '../i18n';
import { getGuides } from './guides';
import { href } from './links';

let cache: Promise<Readonly<Record<Lang, readonly RenderedChapter[]>>> | undefined;

/** Every chapter with the headings Astro renders for it, in each language (once per build). */
function renderedChapters(): Promise<Readonly<Record<Lang, readonly RenderedChapter[]>>> {
  cache ??= (async () => {
    const guides = await getGuides();
    const headings = new Map(await Promise.all(guides.map(async (guide) => [guide, (await render(guide.entry)).headings] as const)));
    const chapters = (lang: Lang): RenderedChapter[] =>
      guides
        .filter((guide) => guide.lang === lang)
        .map((guide) => {
          const english = guides.find((other) => other.lang === 'en' && other.entry.data.key === guide.entry.data.key);
          return {
            key: guide.entry.data.key,
            number: guide.entry.data.chapter,
            title: guide.entry.data.title,
            href: href(lang, { kind: 'chapter', slug: guide.slug }),
            headings: headings.get(guide) ?? [],
            keyHeadings: english ? (headings.get(english) ?? []) : [],
          };
        });
    return { fr: chapters('fr'), en: chapters('en') };
  })();
  return cache;
}

/**
 * The links of a tool's chapter references in the page's language, keyed by `sectionKey`; a
 * reference that matches no rendered heading stops the build (`context` names the tool's file).
 */
export async function sectionLinks(lang: Lang, refs: readonly SectionRef[], context: string): Promise<SectionLinkMap> {
  const t = useTranslations(lang);
  const resolved = resolveSections(refs, (await renderedChapters())[lang], `${context} (${lang})`);
  return Object.fromEntries(
    refs.map((ref) => {
      const section = resolved[sectionKey(ref)]!;
      return [
        sectionKey(ref),
        {
          href: section.href,
          label: t('section.link', { n: section.chapterNumber, section: section.sectionTitle }),
          title: t('section.linkTitle', { n: section.chapterNumber, chapter: section.chapterTitle }),
        },
      ];
    }),
  );
}
