/**
 * Resolving the questionnaire's chapter references (chapter key + section anchor) against the
 * chapters themselves. Anchors are computed from the chapters' headings exactly as the site
 * renders them (src/lib/slug.ts, one slugger over h2–h6 in order), so a renamed heading makes
 * the build fail instead of publishing a dead link.
 */
import { createSlugger } from '../slug';
import type { ChapterRef } from './questionnaire-schema';
import { refKey } from './questionnaire';

export interface Section {
  readonly anchor: string;
  readonly title: string;
  readonly level: number;
}

/** The headings of a chapter body (MDX text without frontmatter), with their anchors. */
export function chapterSections(body: string): Section[] {
  const slug = createSlugger();
  const sections: Section[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const match = /^(#{2,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const [, hashes = '', title = ''] = match;
    sections.push({ anchor: slug(title), title, level: hashes.length });
  }
  return sections;
}

export interface ChapterInfo {
  readonly key: string;
  readonly number: number;
  readonly title: string;
  readonly href: string;
  readonly body: string;
}

export interface ResolvedLink {
  /** The section's address: the chapter page plus `#anchor`. */
  readonly href: string;
  readonly chapterNumber: number;
  readonly chapterTitle: string;
  readonly sectionTitle: string;
}

export type LinkMap = Readonly<Record<string, ResolvedLink>>;

/**
 * Every reference resolved to a link, keyed "chapter#anchor". Throws, listing them all, if a
 * chapter key is unknown or an anchor is not one of the chapter's `##` sections.
 */
export function resolveChapterRefs(refs: readonly ChapterRef[], chapters: readonly ChapterInfo[], context: string): LinkMap {
  const links: Record<string, ResolvedLink> = {};
  const problems: string[] = [];
  for (const ref of refs) {
    const key = refKey(ref);
    if (links[key]) continue;
    const chapter = chapters.find((candidate) => candidate.key === ref.chapter);
    if (!chapter) {
      problems.push(`unknown chapter key "${ref.chapter}"`);
      continue;
    }
    const section = chapterSections(chapter.body).find((candidate) => candidate.level === 2 && candidate.anchor === ref.anchor);
    if (!section) {
      problems.push(`chapter "${ref.chapter}" has no ## section with anchor "${ref.anchor}"`);
      continue;
    }
    links[key] = { href: `${chapter.href}#${ref.anchor}`, chapterNumber: chapter.number, chapterTitle: chapter.title, sectionTitle: section.title };
  }
  if (problems.length > 0) throw new Error(`${context}: broken chapter references:\n  ${[...new Set(problems)].join('\n  ')}`);
  return links;
}
