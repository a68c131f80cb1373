import type { Lang } from './i18n-core';
import type { ToolId } from './tools';

/** Localised first path segments. Changing one breaks published links: add a redirect instead. */
export const SECTION_SLUGS = {
  fr: { method: 'methode', tools: 'outils', glossary: 'glossaire', sources: 'sources', about: 'a-propos', coursePack: 'parcours-de-formation' },
  en: { method: 'method', tools: 'tools', glossary: 'glossary', sources: 'sources', about: 'about', coursePack: 'course-pack' },
} as const satisfies Record<Lang, Record<string, string>>;

export const TOOL_SLUGS: Record<ToolId, Record<Lang, string>> = {
  'maturity-audit': { fr: 'audit-de-maturite', en: 'maturity-audit' },
  'segment-positioning': { fr: 'positionnement-des-segments', en: 'segment-positioning' },
  'participation-planner': { fr: 'planificateur-de-participation', en: 'participation-planner' },
};

export type PageRef =
  | { kind: 'home' }
  | { kind: 'chapter'; slug: string }
  | { kind: 'tools' }
  | { kind: 'tool'; tool: ToolId }
  | { kind: 'glossary' }
  | { kind: 'sources' }
  | { kind: 'about' }
  | { kind: 'coursePack' };

/** The site-relative path of a page (no base), always with a trailing slash. */
export function pathFor(lang: Lang, ref: PageRef): string {
  const s = SECTION_SLUGS[lang];
  switch (ref.kind) {
    case 'home':
      return `/${lang}/`;
    case 'chapter':
      return `/${lang}/${s.method}/${ref.slug}/`;
    case 'tools':
      return `/${lang}/${s.tools}/`;
    case 'tool':
      return `/${lang}/${s.tools}/${TOOL_SLUGS[ref.tool][lang]}/`;
    case 'glossary':
      return `/${lang}/${s.glossary}/`;
    case 'sources':
      return `/${lang}/${s.sources}/`;
    case 'about':
      return `/${lang}/${s.about}/`;
    case 'coursePack':
      return `/${lang}/${s.coursePack}/`;
  }
}

/**
 * Joins the configured base (e.g. "/" or "/intranet/km/") with a site-relative path.
 * Keeps hashes and query strings; never doubles or drops slashes.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}`;
}

/** Removes the base from a pathname, giving the site-relative path ("/fr/…"). */
export function stripBase(base: string, pathname: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  if (b && pathname.startsWith(b)) {
    const rest = pathname.slice(b.length);
    return rest.startsWith('/') ? rest : `/${rest}`;
  }
  return pathname;
}

/** Reads the language from a site-relative path, or undefined when the path has none. */
export function langFromPath(path: string): Lang | undefined {
  const first = path.split('/').filter(Boolean)[0];
  return first === 'fr' || first === 'en' ? first : undefined;
}

/** The static paths of one tool's page in every language (none when the tool is not published). */
export function toolPagePaths(tool: ToolId, langs: readonly Lang[], published: ReadonlySet<ToolId>) {
  if (!published.has(tool)) return [];
  return langs.map((lang) => ({
    params: { lang, section: SECTION_SLUGS[lang].tools, [toolParam(tool)]: TOOL_SLUGS[tool][lang] },
    props: { lang },
  }));
}

/** The route parameter of each tool's page file (src/pages/[lang]/[section]/[<param>].astro). */
export function toolParam(tool: ToolId): string {
  return { 'maturity-audit': 'audit', 'segment-positioning': 'positioning', 'participation-planner': 'planner' }[tool];
}
