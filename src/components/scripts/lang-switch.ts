import { ownAnchor, twinAnchor, type SectionPairs } from '../../lib/section-pairs';

/**
 * The language switch of a chapter carries the section being read: its link gets the twin's
 * anchor of the section in the address (#…) or, once the reader has scrolled on, of the section
 * at the top of the screen. A section link written for the other language (a trainer's link to
 * the French anchor opened on the English page) is turned into this page's own anchor.
 */
export function initLanguageSwitch() {
  const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch][data-sections]');
  if (!link) return;
  let pairs: SectionPairs;
  try {
    pairs = JSON.parse(link.dataset['sections'] ?? '{}') as SectionPairs;
  } catch {
    return;
  }
  const base = link.href.split('#')[0]!;
  const ids = Object.keys(pairs).filter((id) => document.getElementById(id));

  const fromAddress = () => decodeURIComponent(location.hash.slice(1));

  // A link made for the twin's anchors: go to the same section here.
  const arrived = fromAddress();
  if (arrived && !document.getElementById(arrived)) {
    const own = ownAnchor(pairs, arrived);
    const target = own ? document.getElementById(own) : null;
    if (own && target) {
      history.replaceState(history.state, '', `#${own}`);
      target.scrollIntoView();
    }
  }

  /** The section the reader is in: the address's, while its heading is on screen, else the last heading above the top. */
  const current = (): string | undefined => {
    const hash = fromAddress();
    const el = hash ? document.getElementById(hash) : null;
    if (el && twinAnchor(pairs, hash) !== undefined) {
      const top = el.getBoundingClientRect().top;
      if (top >= -8 && top < innerHeight) return hash;
    }
    // A heading scrolled to sits just below the sticky header (scroll-padding-top).
    const offset = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 24;
    let found: string | undefined;
    for (const id of ids) {
      const h = document.getElementById(id);
      if (h && h.getBoundingClientRect().top <= offset) found = id;
    }
    return found;
  };

  const update = () => {
    const id = current();
    const twin = id ? twinAnchor(pairs, id) : undefined;
    link.href = twin ? `${base}#${twin}` : base;
  };
  for (const type of ['pointerdown', 'focus', 'click', 'mouseenter'] as const) link.addEventListener(type, update);
  addEventListener('hashchange', update);
  update();
}
