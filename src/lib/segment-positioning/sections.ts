import type { Lang } from '../i18n-core';

/**
 * Chapter sections the tool links to, by chapter key (frontmatter `key`) and the anchor of a
 * `##` heading in each language (slugified as in src/lib/slug.ts). A unit test reads the MDX files
 * to prove each one exists; the Astro body turns them into base-aware hrefs.
 */
export const SECTION_REFS = {
  'target-zone': {
    key: 'involvement-knowledge',
    anchor: { fr: 'la-categorie-customer-empowerment', en: 'the-customer-empowerment-category' },
  },
  'learning-effort': {
    key: 'involvement-knowledge',
    anchor: { fr: 'du-novice-a-l-expert', en: 'from-novice-to-expert' },
  },
  'learning-strands': {
    key: 'involvement-knowledge',
    anchor: { fr: 'deux-volets-de-l-apprentissage', en: 'two-strands-of-learning' },
  },
  resisting: {
    key: 'involvement-knowledge',
    anchor: { fr: 'les-clients-qui-resistent', en: 'customers-who-resist' },
  },
  'participation-levels': {
    key: 'customer-participation',
    anchor: { fr: 'trois-niveaux-de-participation', en: 'three-levels-of-participation' },
  },
  'choosing-level': {
    key: 'customer-participation',
    anchor: { fr: 'choisir-un-niveau-de-participation', en: 'choosing-a-level-of-participation' },
  },
  'control-levers': {
    key: 'managing-participation',
    anchor: { fr: 'trois-leviers-de-controle', en: 'three-control-levers' },
  },
  readiness: {
    key: 'managing-participation',
    anchor: { fr: 'le-client-est-il-pret', en: 'is-the-customer-ready' },
  },
  'programme-step': {
    key: 'programme',
    anchor: { fr: 'etape-2-positionner-les-segments', en: 'step-2-position-segments' },
  },
} as const satisfies Record<string, { key: string; anchor: Record<Lang, string> }>;

export type SectionId = keyof typeof SECTION_REFS;
export const SECTION_IDS = Object.keys(SECTION_REFS) as SectionId[];

/** A resolved link to a chapter section, made by the Astro body (base-aware). */
export interface SectionLink {
  readonly href: string;
  /** e.g. "Chapter 4 · Three levels of participation". */
  readonly label: string;
}

export type SectionLinks = Readonly<Record<SectionId, SectionLink>>;
