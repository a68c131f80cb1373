import { format } from '../../lib/format';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Search dialog: Pagefind's JS is only fetched when the dialog is first opened. */
export function initSearch() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const openers = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog?.querySelector<HTMLUListElement>('[data-search-results]');
  if (!dialog || !input || !status || !list) return;
  const msg = dialog.dataset;
  let pagefind: Promise<Pagefind> | undefined;
  let opener: HTMLElement | null = null;

  const load = () => {
    pagefind ??= (async () => {
      const url = `${msg['bundle']}pagefind.js`;
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
    load().catch(() => {
      status.textContent = msg['msgError'] ?? '';
    });
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
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = msg['msgLoading'] ?? '';
    try {
      const pf = await load();
      const search = await pf.debouncedSearch(q, {}, 200);
      if (!search || mine !== seq) return;
      const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      if (mine !== seq) return;
      render(q, data, search.results.length);
    } catch {
      status.textContent = msg['msgError'] ?? '';
    }
  });

  function render(q: string, data: PagefindResultData[], total: number) {
    list!.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        const title = document.createElement('span');
        title.className = 'result-title';
        title.textContent = d.meta.title ?? d.url;
        const excerpt = document.createElement('span');
        excerpt.className = 'result-excerpt';
        // Pagefind's excerpt is HTML-escaped text with <mark> around matches only.
        excerpt.innerHTML = d.excerpt;
        a.append(title, excerpt);
        li.append(a);
        return li;
      }),
    );
    status!.textContent = total ? format(msg['msgCount'] ?? '', { n: total }) : format(msg['msgNone'] ?? '', { q });
  }

  // Escape closes the dialog even from the search field (which would otherwise only clear itself);
  // arrow keys move between the field and the results.
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [input, ...list.querySelectorAll<HTMLElement>('a')];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? Math.min(i + 1, items.length - 1) : Math.max(i - 1, 0);
    items[next]?.focus();
  });
}
