/**
 * Reading progress, kept in the reader's browser: which chapters are marked as read, and the
 * chapter opened last (for "continue where you left off").
 *
 * Chapters are identified by their language-independent `key` (the frontmatter field that pairs
 * a French chapter with its English twin), so marking the French chapter as read marks the
 * English one too, and "continue" on the English home page leads to the English twin of a
 * chapter last read in French. The section of the last visit is a heading id of one language:
 * it is only used when the home page is in that same language.
 *
 * Everything read from storage goes through `parseProgress`, which never throws: bad JSON, a
 * foreign shape or chapter keys this build does not know are dropped, whatever is valid is kept.
 */
import type { Lang } from './i18n-core';
import { KEBAB_ID } from './slug';

/** The localStorage key (next to `kmm-theme`; the results layer uses `kmm:v1:<tool>:…`). */
export const PROGRESS_STORAGE_KEY = 'kmm-progress';
/** Bumped only for an incompatible layout; an unknown version reads as empty progress. */
export const PROGRESS_VERSION = 1;

export interface LastVisit {
  readonly key: string;
  readonly lang: Lang;
  /** Id of the section (h2/h3) being read when the reader left, in `lang`. */
  readonly section?: string | undefined;
}

export interface Progress {
  /** Keys of the chapters marked as read, in the order they were marked. */
  readonly read: readonly string[];
  readonly last?: LastVisit | undefined;
}

export const EMPTY_PROGRESS: Progress = { read: [] };

const MAX_SECTION_LENGTH = 120;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Heading ids are ASCII slugs (see tests/e2e/navigation.spec.ts); anything else is dropped. */
export function isSectionId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SECTION_LENGTH && KEBAB_ID.test(value);
}

function parseLast(value: unknown, known: ReadonlySet<string>): LastVisit | undefined {
  if (!isRecord(value)) return undefined;
  const { key, lang, section } = value;
  if (typeof key !== 'string' || !known.has(key)) return undefined;
  if (lang !== 'fr' && lang !== 'en') return undefined;
  return isSectionId(section) ? { key, lang, section } : { key, lang };
}

/**
 * Reads stored progress. `known` holds the chapter keys of this build: keys it lacks (a chapter
 * since removed, a typo, another site's data) are dropped. Never throws.
 */
export function parseProgress(raw: string | null | undefined, known: ReadonlySet<string>): Progress {
  if (typeof raw !== 'string' || raw === '') return EMPTY_PROGRESS;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (!isRecord(data) || data['v'] !== PROGRESS_VERSION) return EMPTY_PROGRESS;
  const read: string[] = [];
  if (Array.isArray(data['read'])) {
    for (const key of data['read']) {
      if (typeof key === 'string' && known.has(key) && !read.includes(key)) read.push(key);
    }
  }
  const last = parseLast(data['last'], known);
  return last ? { read, last } : { read };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ v: PROGRESS_VERSION, read: progress.read, ...(progress.last ? { last: progress.last } : {}) });
}

export function isRead(progress: Progress, key: string): boolean {
  return progress.read.includes(key);
}

/** Marks `key` as read (or not); `read` omitted flips the current state. */
export function toggleRead(progress: Progress, key: string, read = !isRead(progress, key)): Progress {
  const others = progress.read.filter((k) => k !== key);
  return { ...progress, read: read ? [...others, key] : others };
}

/** Records the chapter just opened; the section is kept when the same chapter is reopened in the same language. */
export function recordVisit(progress: Progress, key: string, lang: Lang): Progress {
  const same = progress.last?.key === key && progress.last.lang === lang;
  return { ...progress, last: same ? progress.last : { key, lang } };
}

/** Records the section being read in the chapter last opened; ignored for another chapter or a bad id. */
export function recordSection(progress: Progress, key: string, lang: Lang, section: string | undefined): Progress {
  if (progress.last?.key !== key || progress.last.lang !== lang) return progress;
  return { ...progress, last: isSectionId(section) ? { key, lang, section } : { key, lang } };
}

/** How many of `keys` (the chapters of this build) are read. */
export function countRead(progress: Progress, keys: readonly string[]): number {
  return keys.filter((k) => progress.read.includes(k)).length;
}

/** A chapter as the home page knows it at build time, in its own language. */
export interface ChapterLink {
  readonly title: string;
  readonly href: string;
}

/**
 * Where "continue" leads on a page in `lang`: the twin of the chapter last opened, with the
 * section only when it was read in that same language; once that chapter is marked as read, the
 * next unread chapter in reading order (`chapters` lists them in that order), from the start if
 * none is left after it. Undefined when there is nothing to continue (nothing opened, or every
 * chapter read).
 */
export function continueTarget(
  progress: Progress,
  lang: Lang,
  chapters: Readonly<Record<string, ChapterLink>>,
): { key: string; title: string; href: string } | undefined {
  const last = progress.last;
  if (!last || !Object.prototype.hasOwnProperty.call(chapters, last.key)) return undefined;
  if (isRead(progress, last.key)) {
    const order = Object.keys(chapters);
    const at = order.indexOf(last.key);
    const next = [...order.slice(at + 1), ...order.slice(0, at)].find((k) => !isRead(progress, k));
    if (!next) return undefined;
    const chapter = chapters[next]!;
    return { key: next, title: chapter.title, href: chapter.href };
  }
  const chapter = chapters[last.key]!;
  const hash = last.section && last.lang === lang ? `#${last.section}` : '';
  return { key: last.key, title: chapter.title, href: `${chapter.href}${hash}` };
}
