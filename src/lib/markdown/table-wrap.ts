/**
 * Sätteri hast plugin: wraps every Markdown table in a horizontally scrollable, keyboard-focusable
 * box so that wide tables never widen the page on a phone.
 */
export function tableWrapPlugin() {
  return {
    name: 'kmm-table-wrap',
    element: {
      filter: ['table'],
      visit(node: unknown, ctx: { wrapNode(n: unknown, parent: unknown): void }) {
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['table-wrap'], tabIndex: 0 }, children: [] });
      },
    },
  };
}
