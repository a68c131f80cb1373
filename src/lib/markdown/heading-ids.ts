import { createSlugger } from '../slug';

/**
 * Sätteri hast plugin (runs before Astro's own heading-ids plugin, which keeps existing ids):
 * gives every heading an ASCII, human-readable id so section links stay stable and readable
 * in both languages.
 */
export function headingIdsPlugin() {
  const slug = createSlugger();
  return {
    name: 'kmm-heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: { properties?: Record<string, unknown> }, ctx: { textContent(n: unknown): string; setProperty(n: unknown, k: string, v: unknown): void }) {
        if (typeof node.properties?.['id'] === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
}
