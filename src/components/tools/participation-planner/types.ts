import type { StepId } from '../../../lib/participation-planner/index';
import type { SectionLink } from '../../../lib/section-links';

/** Each step's chapter sections, resolved by the Astro body (base path included). */
export type StepLinksProps = { readonly [S in StepId]: readonly SectionLink[] };

/** Anchors of the page's explanations (rendered by the Astro body under the island). */
export interface ExplainAnchors {
  readonly profile: string;
  readonly emphasis: string;
}
