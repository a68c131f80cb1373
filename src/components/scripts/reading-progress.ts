import { format } from '../../lib/format';
import {
  EMPTY_PROGRESS,
  PROGRESS_STORAGE_KEY,
  continueTarget,
  countRead,
  isRead,
  parseProgress,
  recordSection,
  recordVisit,
  serializeProgress,
  toggleRead,
  type ChapterLink,
  type Progress,
} from '../../lib/reading-progress';
import { DEFAULT_LANG, isLang } from '../../lib/i18n-core';
import { plural } from '../../lib/translator';

/**
 * DOM glue of the reading progress (logic in src/lib/reading-progress.ts). Three parts, each
 * started by its own component: the sidebar ticks and count (SidebarProgress.astro), the
 * "mark as read" button and last-visit record of a chapter (ReadToggle.astro), the "continue"
 * link of the home page (ContinueReading.astro). They tell each other about changes with a
 * document event; other tabs are heard through the `storage` event.
 *
 * Storage may be missing or throw (private mode, blocked): reading then gives empty progress
 * and saving fails quietly; the page works and the change lasts while the page is open.
 */
const CHANGED = 'kmm:progress';

/** The chapter keys this build knows: every sidebar link carries one. */
function knownKeys(extra: readonly string[] = []): Set<string> {
  const keys = new Set(extra);
  for (const el of document.querySelectorAll<HTMLElement>('[data-chapter-key]')) {
    const key = el.dataset['chapterKey'];
    if (key) keys.add(key);
  }
  return keys;
}

function load(known: Set<string>): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_STORAGE_KEY), known);
  } catch {
    return EMPTY_PROGRESS;
  }
}

/** Saves and tells the other parts of the page; false when the browser refused to store it. */
function save(progress: Progress, announce = true): boolean {
  let stored = true;
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(progress));
  } catch {
    stored = false;
  }
  if (announce) document.dispatchEvent(new CustomEvent<Progress>(CHANGED, { detail: progress }));
  return stored;
}

/** Calls `render` now and on every later change, from this page or from another tab. */
function follow(known: Set<string>, render: (p: Progress) => void) {
  render(load(known));
  document.addEventListener(CHANGED, (e) => render((e as CustomEvent<Progress>).detail));
  addEventListener('storage', (e) => {
    if (e.key === PROGRESS_STORAGE_KEY || e.key === null) render(load(known));
  });
}

/** Sidebar: a tick with hidden text after each read chapter, and "n of N read" once one is. */
export function initSidebarProgress() {
  const count = document.querySelector<HTMLElement>('[data-progress-count]');
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#sidebar a[data-chapter-key]')];
  if (!count || links.length === 0) return;
  const msg = count.dataset;
  const pageLang = document.documentElement.lang;
  const lang = isLang(pageLang) ? pageLang : DEFAULT_LANG;
  const keys = links.map((a) => a.dataset['chapterKey'] ?? '');
  const marks = links.map((a) => {
    const mark = document.createElement('span');
    mark.className = 'nav-read';
    mark.hidden = true;
    const tick = document.createElement('span');
    tick.setAttribute('aria-hidden', 'true');
    tick.textContent = '✓';
    const text = document.createElement('span');
    text.className = 'visually-hidden';
    text.textContent = ` ${msg['msgRead'] ?? ''}`;
    mark.append(tick, text);
    a.append(mark);
    return mark;
  });
  follow(knownKeys(), (p) => {
    keys.forEach((key, i) => (marks[i]!.hidden = !isRead(p, key)));
    const n = countRead(p, keys);
    count.hidden = n === 0;
    count.textContent = format(msg[plural(lang, n) === 'one' ? 'msgCountOne' : 'msgCountOther'] ?? '', { n, total: keys.length });
  });
}

/** The heading of the section being read: the last one above the top of the window. */
function currentSection(): string | undefined {
  let current: string | undefined;
  for (const h of document.querySelectorAll<HTMLElement>('.prose h2[id], .prose h3[id]')) {
    if (h.getBoundingClientRect().top - 120 <= 0) current = h.id;
    else break;
  }
  return current;
}

/** Chapter page: the "mark as read" button, and the record of this visit for "continue". */
export function initChapterProgress() {
  const root = document.querySelector<HTMLElement>('[data-read-toggle]');
  const button = root?.querySelector<HTMLButtonElement>('button[aria-pressed]');
  const note = root?.querySelector<HTMLElement>('[data-read-note]');
  const key = root?.dataset['chapterKey'];
  const lang = root?.dataset['lang'];
  if (!root || !button || !note || !key || !isLang(lang)) return;
  const known = knownKeys([key]);
  save(recordVisit(load(known), key, lang), false);

  let current = load(known);
  follow(known, (p) => {
    current = p;
    button.setAttribute('aria-pressed', String(isRead(p, key)));
  });
  button.addEventListener('click', () => {
    // Start from what is stored (another tab may have changed it), or from this page when nothing can be.
    const stored = load(known);
    const base = stored === EMPTY_PROGRESS ? current : stored;
    const stays = save(toggleRead(base, key));
    note.textContent = stays ? '' : (root.dataset['msgUnsaved'] ?? '');
  });

  const keepSection = () => save(recordSection(load(known), key, lang, currentSection()), false);
  addEventListener('pagehide', keepSection);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') keepSection();
  });
}

/** Home page: "continue where you left off" with the title and address written at build time. */
export function initContinueReading() {
  const root = document.querySelector<HTMLElement>('[data-continue]');
  const link = root?.querySelector<HTMLAnchorElement>('a');
  const lang = root?.dataset['lang'];
  if (!root || !link || !isLang(lang)) return;
  let chapters: Record<string, ChapterLink>;
  try {
    chapters = JSON.parse(root.dataset['chapters'] ?? '{}') as Record<string, ChapterLink>;
  } catch {
    return;
  }
  follow(knownKeys(Object.keys(chapters)), (p) => {
    const target = continueTarget(p, lang, chapters);
    root.hidden = !target;
    if (!target) return;
    link.href = target.href;
    link.textContent = target.title;
  });
}
