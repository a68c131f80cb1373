import { format } from '../../lib/format';
import { DEFAULT_LANG, isLang } from '../../lib/i18n-core';
import { plural } from '../../lib/translator';

/** The part of Pagefind 1.6's API this dialog uses (see its types/index.d.ts). */
interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { id?: string };
  excerpt: string;
  locations: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first, and added by each "show more". */
const PAGE_SIZE = 8;
/** Sections listed under a page, at most: the best one leads the result, the next ones follow it. */
const SECTIONS = 3;

const text = (tag: string, className: string, content: string) => {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
};

/** Pagefind's excerpt is HTML-escaped text with <mark> around matches only. */
const excerpt = (html: string) => {
  const el = document.createElement('span');
  el.className = 'result-excerpt';
  el.innerHTML = html;
  return el;
};

/** The page's sections that matched, best first (most matches, then page order). */
function bestSections(d: PagefindResultData): PagefindSubResult[] {
  const subs = [...(d.sub_results ?? [])];
  return subs
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.locations.length - a.s.locations.length || a.i - b.i)
    .slice(0, SECTIONS)
    .map(({ s }) => s);
}

/** Search dialog: Pagefind's JS is only fetched when the dialog is first opened. */
export function initSearch() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const openers = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog?.querySelector<HTMLUListElement>('[data-search-results]');
  const more = dialog?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!dialog || !input || !status || !list || !more) return;
  const msg = dialog.dataset;
  let pagefind: Promise<Pagefind> | undefined;
  let opener: HTMLElement | null = null;

  const failed = () => {
    pagefind = undefined; // try again on the next keystroke (the network may be back)
    status.textContent = (navigator.onLine ? msg['msgError'] : msg['msgOffline']) ?? '';
  };

  const load = () => {
    pagefind ??= (async () => {
      const url = new URL(`${msg['bundle']}pagefind.js`, location.href).href;
      // Offline with no copy of the index: say so rather than ask the network for it.
      if (!navigator.onLine && 'caches' in window && !(await caches.match(url).catch(() => undefined))) throw new Error('offline, no index kept');
      const mod = (await import(/* @vite-ignore */ url)) as Pagefind;
      await mod.options({ baseUrl: msg['base'] ?? '/', excerptLength: 24 });
      await mod.init();
      return mod;
    })();
    return pagefind;
  };

  const open = () => {
    opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    input.focus();
    input.select();
    load().catch(failed);
  };
  openers.forEach((b) => b.addEventListener('click', open));
  dialog.addEventListener('close', () => opener?.focus());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable="true"]');
    if (e.key === '/' && !typing && !dialog.open) {
      e.preventDefault();
      open();
    }
  });

  let seq = 0;
  let pending: PagefindResult[] = [];
  let total = 0;

  const pageLang = document.documentElement.lang;
  const lang = isLang(pageLang) ? pageLang : DEFAULT_LANG;
  const countText = (n: number) => format((plural(lang, n) === 'one' ? msg['msgCountOne'] : msg['msgCountOther']) ?? '', { n });

  const showMore = async (mine: number, focusFirstNew = false) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== seq) return;
    const items = data.map(item);
    list.append(...items);
    more.hidden = pending.length === 0;
    more.textContent = format(msg['msgMore'] ?? '', { n: Math.min(PAGE_SIZE, pending.length) });
    const shown = list.children.length;
    status.textContent = shown < total ? `${countText(total)} ${format(msg['msgShown'] ?? '', { n: shown })}` : countText(total);
    if (focusFirstNew) items[0]?.querySelector<HTMLElement>('a')?.focus();
  };

  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const mine = ++seq;
    list.replaceChildren();
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = msg['msgLoading'] ?? '';
    try {
      const pf = await load();
      const search = await pf.debouncedSearch(q, {}, 200);
      if (!search || mine !== seq) return;
      pending = search.results;
      total = search.results.length;
      if (!total) {
        status.textContent = format(msg['msgNone'] ?? '', { q });
        return;
      }
      await showMore(mine);
    } catch {
      if (mine === seq) failed();
    }
  });
  more.addEventListener('click', () => {
    showMore(seq, true).catch(failed);
  });

  /** One page found: its best section leads (title, section, excerpt), the next matching sections follow. */
  function item(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const pageTitle = d.meta.title ?? d.url;
    const [best, ...others] = bestSections(d);
    const a = document.createElement('a');
    a.className = 'result-main';
    a.href = best?.url ?? d.url;
    a.append(text('span', 'result-title', pageTitle));
    if (best && best.anchor?.id && best.title && best.title !== pageTitle) a.append(text('span', 'result-section', best.title));
    a.append(excerpt(best?.excerpt ?? d.excerpt));
    li.append(a);
    const sections = others.filter((s) => s.anchor?.id && s.title);
    if (sections.length) {
      const ul = document.createElement('ul');
      ul.className = 'result-sections';
      for (const s of sections) {
        const sub = document.createElement('a');
        sub.href = s.url;
        sub.append(text('span', 'result-section', s.title), excerpt(s.excerpt));
        const sli = document.createElement('li');
        sli.append(sub);
        ul.append(sli);
      }
      li.append(ul);
    }
    return li;
  }

  // Escape closes the dialog even from the search field (which would otherwise only clear itself);
  // arrow keys move between the field, the results and "show more".
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [input, ...list.querySelectorAll<HTMLElement>('a'), ...(more.hidden ? [] : [more])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? Math.min(i + 1, items.length - 1) : Math.max(i - 1, 0);
    items[next]?.focus();
  });
}
