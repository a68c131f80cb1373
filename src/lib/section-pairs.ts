/**
 * Pairs the sections (## and ###) of a chapter with those of its twin in the other language.
 * Twins have the same sections in the same order, so the n-th heading of one is the n-th of the
 * other; the anchors differ because they are made from each language's words. The language
 * switch uses the pairs to carry the reader's section across.
 */
export interface SectionHeading {
  depth: number;
  slug: string;
  text?: string;
}

export type SectionPairs = Record<string, string>;

export type PairResult = { ok: true; pairs: SectionPairs } | { ok: false; problem: string };

const paired = (h: SectionHeading) => h.depth === 2 || h.depth === 3;

export function pairSections(own: readonly SectionHeading[], twin: readonly SectionHeading[]): PairResult {
  const a = own.filter(paired);
  const b = twin.filter(paired);
  const n = Math.max(a.length, b.length);
  const pairs: SectionPairs = {};
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) {
      const extra = (x ?? y)!;
      return { ok: false, problem: `section ${i + 1} ("${extra.text ?? extra.slug}") has no twin: ${a.length} sections against ${b.length}` };
    }
    if (x.depth !== y.depth) {
      return { ok: false, problem: `section ${i + 1} is level ${x.depth} ("${x.text ?? x.slug}") in one language and level ${y.depth} ("${y.text ?? y.slug}") in the other` };
    }
    pairs[x.slug] = y.slug;
  }
  return { ok: true, pairs };
}

/**
 * The twin anchor for `hash` (without "#"): the paired section, or undefined when `hash` is not
 * one of this page's sections.
 */
export function twinAnchor(pairs: SectionPairs, hash: string): string | undefined {
  return Object.hasOwn(pairs, hash) ? pairs[hash] : undefined;
}

/** The local anchor for a twin's anchor (a link written for the other language). */
export function ownAnchor(pairs: SectionPairs, twinHash: string): string | undefined {
  for (const [own, twin] of Object.entries(pairs)) if (twin === twinHash) return own;
  return undefined;
}
