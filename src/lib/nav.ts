/** One chapter as the navigation needs it. */
export interface NavChapter {
  key: string;
  chapter: number;
  part: number;
  title: string;
  href: string;
}

export interface NavPart {
  part: number;
  chapters: NavChapter[];
}

/** Groups chapters by part, both in ascending order. */
export function groupByPart(chapters: readonly NavChapter[]): NavPart[] {
  const parts = new Map<number, NavChapter[]>();
  for (const c of [...chapters].sort((a, b) => a.chapter - b.chapter)) {
    const list = parts.get(c.part) ?? [];
    list.push(c);
    parts.set(c.part, list);
  }
  return [...parts.entries()].sort(([a], [b]) => a - b).map(([part, list]) => ({ part, chapters: list }));
}

/** The chapters before and after `key` in reading order. */
export function neighbours(chapters: readonly NavChapter[], key: string): { prev?: NavChapter; next?: NavChapter } {
  const ordered = [...chapters].sort((a, b) => a.chapter - b.chapter);
  const i = ordered.findIndex((c) => c.key === key);
  if (i < 0) return {};
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

export interface TocItem {
  depth: number;
  slug: string;
  text: string;
  children: TocItem[];
}

/** Nests h3 under the preceding h2; ignores other depths. */
export function buildToc(headings: readonly { depth: number; slug: string; text: string }[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ ...h, children: [] });
    else if (h.depth === 3) {
      const parent = toc[toc.length - 1];
      if (parent) parent.children.push({ ...h, children: [] });
      else toc.push({ ...h, children: [] });
    }
  }
  return toc;
}
