/** Identifiers of the three interactive tools, shared by content, routes and the results layer. */
export const TOOL_IDS = ['maturity-audit', 'segment-positioning', 'participation-planner'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/**
 * Tools whose pages are built. A chapter's "try it" block links only to these, so readers never
 * meet a dead link; a tool joins the list when its page ships (the link checker then holds it).
 */
export const PUBLISHED_TOOLS: ReadonlySet<ToolId> = new Set<ToolId>(['maturity-audit', 'segment-positioning', 'participation-planner']);
