/**
 * Glossary definitions of the first use of a term. They open on hover, on keyboard focus and, on
 * touch screens, on a first tap (a second tap follows the link); a tap elsewhere or Escape closes
 * them. Each one is placed, when it opens, inside the viewport: shifted left or right and, when
 * there is no room above under the sticky header, below the term.
 */
const MARGIN = 8;

function place(term: HTMLElement) {
  const tip = term.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.left = '0px';
  tip.classList.remove('term-tip-below');
  const width = document.documentElement.clientWidth;
  const rect = tip.getBoundingClientRect();
  let dx = 0;
  if (rect.right > width - MARGIN) dx = width - MARGIN - rect.right;
  if (rect.left + dx < MARGIN) dx = MARGIN - rect.left;
  tip.style.left = `${dx}px`;
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  if (rect.top < header + MARGIN) tip.classList.add('term-tip-below');
}

function open(term: HTMLElement) {
  term.classList.remove('tip-closed');
  term.classList.add('tip-open');
  place(term);
}

function close(term: Element) {
  term.classList.remove('tip-open', 'tip-pinned');
}

export function initTermTips() {
  const root = document.documentElement as HTMLElement & { kmmTermTips?: boolean };
  if (root.kmmTermTips) return;
  root.kmmTermTips = true;
  let lastPointer = 'mouse';
  const termOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('[data-term]') : null);
  document.addEventListener('pointerdown', (e) => { lastPointer = e.pointerType; }, true);
  document.addEventListener('pointerover', (e) => {
    const term = termOf(e.target);
    if (term && e.pointerType === 'mouse') open(term);
  });
  document.addEventListener('pointerout', (e) => {
    const term = termOf(e.target);
    if (term && e.pointerType === 'mouse' && !term.contains(e.relatedTarget as Node | null) && !term.classList.contains('tip-pinned') && !term.contains(document.activeElement)) close(term);
  });
  document.addEventListener('focusin', (e) => {
    const term = termOf(e.target);
    if (term) open(term);
  });
  document.addEventListener('focusout', (e) => {
    const term = termOf(e.target);
    if (term && !term.classList.contains('tip-pinned')) close(term);
  });
  document.addEventListener('click', (e) => {
    const term = termOf(e.target);
    document.querySelectorAll('.term.tip-open').forEach((el) => el !== term && close(el));
    if (!term || lastPointer !== 'touch') return;
    if (!term.classList.contains('tip-pinned')) {
      e.preventDefault();
      open(term);
      term.classList.add('tip-pinned');
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    document.querySelectorAll('.term.tip-open').forEach((el) => {
      close(el);
      el.classList.add('tip-closed');
    });
  });
  addEventListener('resize', () => document.querySelectorAll<HTMLElement>('.term.tip-open').forEach(place));
}
