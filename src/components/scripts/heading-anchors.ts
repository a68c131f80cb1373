import { format } from '../../lib/format';

/**
 * Adds, after every h2/h3 of the article, a permalink and a "copy link" button.
 * The ids themselves are written at build time, so links work without JS.
 */
export function initHeadingAnchors() {
  const cfg = document.querySelector<HTMLElement>('[data-heading-anchors]')?.dataset;
  const status = document.querySelector<HTMLElement>('[data-anchor-status]');
  if (!cfg) return;
  for (const h of document.querySelectorAll<HTMLHeadingElement>('.prose > h2[id], .prose > h3[id]')) {
    const title = h.textContent?.trim() ?? '';
    const wrap = document.createElement('div');
    wrap.className = 'heading-wrap';
    h.replaceWith(wrap);
    wrap.append(h);
    const actions = document.createElement('span');
    actions.className = 'heading-actions';
    const link = document.createElement('a');
    link.href = `#${h.id}`;
    link.textContent = '#';
    link.setAttribute('aria-label', format(cfg['msgLink'] ?? '', { title }));
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.dataset['copyLink'] = h.id;
    copy.setAttribute('aria-label', `${cfg['msgCopy']} (${title})`);
    copy.title = cfg['msgCopy'] ?? '';
    copy.innerHTML = '<svg aria-hidden="true" width="15" height="15" viewBox="0 0 24 24"><rect x="8" y="8" width="12" height="12" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" fill="none" stroke="currentColor" stroke-width="2"/></svg>';
    copy.addEventListener('click', async () => {
      const url = new URL(location.href);
      url.hash = h.id;
      try {
        await navigator.clipboard.writeText(url.href);
        if (status) status.textContent = cfg['msgCopied'] ?? '';
      } catch {
        history.replaceState(null, '', url.href);
        if (status) status.textContent = cfg['msgFailed'] ?? '';
      }
    });
    actions.append(link, copy);
    wrap.append(actions);
  }
}
