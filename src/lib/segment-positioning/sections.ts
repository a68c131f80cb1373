import type { SectionLink, SectionRef } from '../section-links';

/**
 * Chapter sections the tool links to, as `{ chapter, section }` references (see section-links.ts:
 * the chapter's key and the id of an English `##` heading). The Astro body resolves them against
 * the rendered chapters of the page's language; one that matches no heading stops the build.
 */
export const SECTION_REFS = {
  'target-zone': { chapter: 'involvement-knowledge', section: 'the-customer-empowerment-category' },
  'learning-effort': { chapter: 'involvement-knowledge', section: 'from-novice-to-expert' },
  'learning-strands': { chapter: 'involvement-knowledge', section: 'two-strands-of-learning' },
  resisting: { chapter: 'involvement-knowledge', section: 'customers-who-resist' },
  'participation-levels': { chapter: 'customer-participation', section: 'three-levels-of-participation' },
  'choosing-level': { chapter: 'customer-participation', section: 'choosing-a-level-of-participation' },
  'control-levers': { chapter: 'managing-participation', section: 'three-control-levers' },
  readiness: { chapter: 'managing-participation', section: 'is-the-customer-ready' },
  'programme-step': { chapter: 'programme', section: 'step-2-position-segments' },
} as const satisfies Record<string, SectionRef>;

export type SectionId = keyof typeof SECTION_REFS;
export const SECTION_IDS = Object.keys(SECTION_REFS) as SectionId[];

/** The resolved links, by section id (made by the Astro body, base-aware). */
export type SectionLinks = { readonly [S in SectionId]: SectionLink };
