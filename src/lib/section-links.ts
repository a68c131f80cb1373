/**
 * Links from the tools to chapter sections, resolved against the headings Astro renders (the
 * `headings` of `render(entry)`: ids as they are on the page, duplicates numbered, code skipped).
 *
 * A reference is `{ chapter, section }`: the chapter's language-independent key and the id of one
 * of its `##` sections in the English chapter. The same reference serves both languages: the
 * French section is the English one's twin (twins have the same `##` and `###` sections in the same
 * order, see section-pairs.ts). Resolution throws, listing every broken reference, so a renamed
 * heading stops the build instead of publishing a dead link.
 */
import { pairSections, type SectionHeading } from './section-pairs';

export interface SectionRef {
  /** The chapter's `key` (frontmatter), the same in both languages. */
  readonly chapter: string;
  /** The id of a `##` heading of the English chapter. */
  readonly section: string;
}

/** A chapter as rendered in the page's language, with the English twin's headings. */
export interface RenderedChapter {
  readonly key: string;
  readonly number: number;
  readonly title: string;
  /** The chapter page's address (base included). */
  readonly href: string;
  /** Headings of the chapter in the page's language. */
  readonly headings: readonly SectionHeading[];
  /** Headings of the English chapter, whose ids the references use (the same list on an English page). */
  readonly keyHeadings: readonly SectionHeading[];
}

export interface ResolvedSection {
  /** The section's address: the chapter page plus `#id`. */
  readonly href: string;
  readonly chapterNumber: number;
  readonly chapterTitle: string;
  readonly sectionTitle: string;
}

/** What a tool shows: a link with its words, made at the edge in the page's language. */
export interface SectionLink {
  readonly href: string;
  /** e.g. "Chapter 4, “Three levels of participation”". */
  readonly label: string;
  /** e.g. "Chapter 4: Customer participation" (the link's tooltip). */
  readonly title: string;
}

/** Section links keyed by `sectionKey`. */
export type SectionLinkMap = Readonly<Record<string, SectionLink>>;

export function sectionKey(ref: SectionRef): string {
  return `${ref.chapter}#${ref.section}`;
}

/**
 * Every reference resolved, keyed by `sectionKey`. Throws, listing them all, if a chapter key is
 * unknown, a section is not one of the chapter's `##` headings, or its twin cannot be found.
 */
export function resolveSections(refs: readonly SectionRef[], chapters: readonly RenderedChapter[], context: string): Record<string, ResolvedSection> {
  const resolved: Record<string, ResolvedSection> = {};
  const problems: string[] = [];
  for (const ref of refs) {
    const key = sectionKey(ref);
    if (Object.hasOwn(resolved, key)) continue;
    const chapter = chapters.find((candidate) => candidate.key === ref.chapter);
    if (!chapter) {
      problems.push(`unknown chapter key "${ref.chapter}"`);
      continue;
    }
    if (!chapter.keyHeadings.some((heading) => heading.depth === 2 && heading.slug === ref.section)) {
      problems.push(`chapter "${ref.chapter}" has no ## section with id "${ref.section}"`);
      continue;
    }
    const paired = pairSections(chapter.keyHeadings, chapter.headings);
    const id = paired.ok ? paired.pairs[ref.section] : undefined;
    const heading = chapter.headings.find((candidate) => candidate.depth === 2 && candidate.slug === id);
    if (!paired.ok || !heading) {
      problems.push(`chapter "${ref.chapter}": section "${ref.section}" has no twin${paired.ok ? '' : ` (${paired.problem})`}`);
      continue;
    }
    resolved[key] = { href: `${chapter.href}#${heading.slug}`, chapterNumber: chapter.number, chapterTitle: chapter.title, sectionTitle: heading.text ?? heading.slug };
  }
  if (problems.length > 0) throw new Error(`${context}: broken chapter references:\n  ${[...new Set(problems)].join('\n  ')}`);
  return resolved;
}
