/**
 * Internal link checker for the built site: every internal href and src must point to a built
 * file, and every #fragment to an id on the target page. Pure: the caller supplies the files.
 */
export interface SiteFiles {
  /** Site-relative paths of every built file, e.g. "/fr/index.html", "/pagefind/pagefind.js". */
  files: ReadonlySet<string>;
  /** HTML of each page, keyed like `files`. */
  html: ReadonlyMap<string, string>;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ATTR = /<(a|link|script|img|source|iframe)\b[^>]*?\s(href|src)=["']([^"']*)["']/gi;
const ID = /\sid=["']([^"']+)["']/g;

export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] as string)));
}

export function extractLinks(html: string): { tag: string; url: string }[] {
  const out: { tag: string; url: string }[] = [];
  for (const m of html.matchAll(ATTR)) {
    const whole = m[0];
    if (/\brel=["'](canonical|alternate)["']/i.test(whole)) continue;
    out.push({ tag: (m[1] as string).toLowerCase(), url: decodeEntities(m[3] as string) });
  }
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/** Maps a site path (with the base) to the built file that serves it, or undefined. */
export function resolveTarget(pathname: string, base: string, files: ReadonlySet<string>): string | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(b)) return undefined;
  let rel = `/${pathname.slice(b.length)}`;
  try {
    rel = decodeURIComponent(rel);
  } catch {
    return undefined;
  }
  if (rel.endsWith('/')) rel += 'index.html';
  return files.has(rel) ? rel : undefined;
}

export function checkLinks(site: SiteFiles, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const origin = 'http://site.invalid';
  const b = base.endsWith('/') ? base : `${base}/`;
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = extractIds(site.html.get(file) ?? '')));
    return set;
  };
  for (const [file, html] of site.html) {
    const pageUrl = `${origin}${b}${file.slice(1).replace(/index\.html$/, '')}`;
    for (const { url } of extractLinks(html)) {
      if (!url || /^(mailto|tel|javascript|data):/i.test(url)) continue;
      let target: URL;
      try {
        target = new URL(url, pageUrl);
      } catch {
        broken.push({ page: file, href: url, reason: 'not a valid URL' });
        continue;
      }
      if (target.origin !== origin) continue;
      const dest = url.startsWith('#') ? file : resolveTarget(target.pathname, b, site.files);
      if (!dest) {
        broken.push({ page: file, href: url, reason: target.pathname.startsWith(b) ? 'no such page or file' : `outside the base ${b}` });
        continue;
      }
      const frag = decodeURIComponent(target.hash.slice(1));
      // "#r=…" and other name=value fragments are parameters for the page's script (a shared
      // result, a worked scenario), not anchors: the page itself must exist, which is checked above.
      if (frag && !/^[a-z]+=/i.test(frag) && dest.endsWith('.html') && !ids(dest).has(frag)) {
        broken.push({ page: file, href: url, reason: `no element with id "${frag}" on ${dest}` });
      }
    }
  }
  return broken;
}

/**
 * Pages that declare no icon make browsers ask for /favicon.ico on their own; where the site has
 * none, that request is a 404 and a console error on every such page (a redirect page, the
 * language chooser). Lists the pages of `site` that would trigger it.
 */
export function pagesWithoutIcon(site: SiteFiles): string[] {
  if (site.files.has('/favicon.ico')) return [];
  return [...site.html].filter(([, html]) => !/<link\b[^>]*\brel=["'](?:shortcut )?icon["']/i.test(html)).map(([file]) => file);
}
