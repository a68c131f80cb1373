import type { StepId } from '../../../lib/participation-planner/index';

/** A link to a chapter section, resolved by the Astro body (base path included). */
export interface ChapterLink {
  readonly href: string;
  readonly label: string;
}

export type StepLinksProps = { readonly [S in StepId]: readonly ChapterLink[] };

/** Anchors of the page's explanations (rendered by the Astro body under the island). */
export interface ExplainAnchors {
  readonly profile: string;
  readonly emphasis: string;
}
