/** Marks the ToC entry of the section being read (aria-current="true"). */
export function initTocHighlight() {
  const toc = document.querySelector('[data-toc]');
  if (!toc) return;
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links
    .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
    .filter((h): h is HTMLElement => h !== null);
  const mark = () => {
    const offset = 120;
    let current = headings[0];
    for (const h of headings) if (h.getBoundingClientRect().top - offset <= 0) current = h;
    for (const a of links) a.setAttribute('aria-current', String(a.hash === `#${current?.id}`));
  };
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  }, { passive: true });
  mark();
}
