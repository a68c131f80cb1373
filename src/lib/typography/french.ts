/**
 * French typography, applied to the built pages so that authors never type it:
 * a narrow no-break space (U+202F) before ; : ! ? and inside « », and one apostrophe (’).
 *
 * `frenchText` works on one run of text; `frenchHtml` on a whole page, touching only text outside
 * <script>, <style>, <pre>, <code>, <textarea> and <astro-island> (an island's HTML must stay what
 * its component renders in the browser, or hydration would not match). `frenchTypographyFaults`
 * lists what is still wrong on a page, in the same regions; the built-page test uses it.
 */

export const NNBSP = '\u202F';

/** A space an author may have typed: plain, no-break, or their HTML entities. */
const SPACE = '(?: |\\u00A0|\\u202F|&nbsp;|&#160;|&#xa0;|&#xA0;)';
const BEFORE_SIGN = new RegExp(`${SPACE}+([;:!?»])`, 'g');
const AFTER_GUILLEMET = new RegExp(`«${SPACE}*`, 'g');
const GUILLEMET_CLOSE_TIGHT = /([^\s\u00A0\u202F«])»/g;
/** ; ! ? typed straight after a word ("Pourquoi?"), then a space or the end: the space is added. */
const SIGN_TIGHT = /(?<!&#?[a-zA-Z0-9]*)([\p{L}\p{N}»)])([;!?]+)(?=[\s\u00A0]|$)/gu;
const APOSTROPHE = /([A-Za-zÀ-ÖØ-öø-ÿŒœ])'(?=[A-Za-zÀ-ÖØ-öø-ÿŒœ])/g;
const APOSTROPHE_ENTITY = /([A-Za-zÀ-ÖØ-öø-ÿŒœ])&#(?:39|x27);(?=[A-Za-zÀ-ÖØ-öø-ÿŒœ])/g;

/** One run of French text (HTML entities allowed). */
export function frenchText(text: string): string {
  return text
    .replace(BEFORE_SIGN, `${NNBSP}$1`)
    .replace(AFTER_GUILLEMET, `«${NNBSP}`)
    .replace(GUILLEMET_CLOSE_TIGHT, `$1${NNBSP}»`)
    .replace(SIGN_TIGHT, `$1${NNBSP}$2`)
    .replace(APOSTROPHE, '$1’')
    .replace(APOSTROPHE_ENTITY, '$1’');
}

const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?-->/g;
const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'textarea', 'astro-island', 'template']);

interface Segment {
  text: string;
  /** true for a tag or comment, or text inside a skipped element */
  keep: boolean;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea']);

/** Splits a page into tags and text runs, marking the text a skipped element holds. */
function segments(html: string, skipped: ReadonlySet<string> = SKIPPED): Segment[] {
  const out: Segment[] = [];
  const open: string[] = [];
  let at = 0;
  while (at < html.length) {
    const top = open[open.length - 1];
    if (top && RAW_TEXT.has(top)) {
      // A script's or style's text is not HTML: jump straight to its closing tag.
      const end = html.toLowerCase().indexOf(`</${top}`, at);
      const stop = end < 0 ? html.length : end;
      if (stop > at) out.push({ text: html.slice(at, stop), keep: true });
      at = stop;
      if (end < 0) break;
    }
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    const next = m ? m.index : html.length;
    if (next > at) out.push({ text: html.slice(at, next), keep: open.length > 0 });
    if (!m) break;
    const tag = m[0];
    out.push({ text: tag, keep: true });
    const name = /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase();
    if (name && (skipped.has(name) || RAW_TEXT.has(name)) && !tag.endsWith('/>')) {
      if (tag.startsWith('</')) {
        const i = open.lastIndexOf(name);
        if (i >= 0) open.splice(i);
      } else {
        open.push(name);
      }
    }
    at = next + tag.length;
  }
  return out;
}

/** Attributes a reader hears or sees as text (and the page description a search engine shows). */
const TEXT_ATTRIBUTE = /(\s(?:aria-label|title|alt|placeholder)=")([^"]*)(")/g;
const META_CONTENT = /(\scontent=")([^"]*)(")/;

function frenchTag(tag: string): string {
  if (/^<(?:script|style|astro-island|template|\/|!)/i.test(tag)) return tag;
  if (/^<meta\b/i.test(tag)) {
    return /\s(?:name="description"|property="og:(?:title|description)"|name="twitter:(?:title|description)")/.test(tag)
      ? tag.replace(META_CONTENT, (_all, a: string, v: string, b: string) => a + frenchText(v) + b)
      : tag;
  }
  return tag.replace(TEXT_ATTRIBUTE, (_all, a: string, v: string, b: string) => a + frenchText(v) + b);
}

/**
 * A whole French page: every text run outside the skipped elements gets French typography, and so do
 * the text attributes (aria-label, title, alt, placeholder) of tags outside them and the page's
 * description metadata.
 */
export function frenchHtml(html: string): string {
  const parts = segments(html);
  let depth = 0;
  return parts
    .map((s) => {
      if (!s.keep) return frenchText(s.text);
      if (!s.text.startsWith('<')) return s.text;
      // Tags inside a skipped element (an island's markup) stay as rendered.
      const name = /^<\/?([a-zA-Z][\w-]*)/.exec(s.text)?.[1]?.toLowerCase();
      const skippedTag = !!name && (SKIPPED.has(name) || RAW_TEXT.has(name));
      if (skippedTag && s.text.startsWith('</')) depth = Math.max(0, depth - 1);
      const out = depth === 0 && !skippedTag ? frenchTag(s.text) : s.text;
      if (skippedTag && !s.text.startsWith('</') && !s.text.endsWith('/>')) depth++;
      return out;
    })
    .join('');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[code] ?? all;
  });
}

/**
 * The readable text of a page, decoded: outside the skipped elements, or with `withIslands` also the
 * islands' server-rendered text; `alsoSkip` leaves out more elements (e.g. cite, for titles quoted as
 * they are).
 */
export function visibleText(html: string, { withIslands = false, alsoSkip = [] as string[] } = {}): string {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/i, '');
  const skipped = new Set([...SKIPPED, ...alsoSkip]);
  if (withIslands) {
    skipped.delete('astro-island');
    skipped.delete('template');
  }
  const parts = segments(body, skipped).filter((s) => !s.keep).map((s) => s.text);
  return decodeEntities(parts.join(' ')).replace(/[ \t\n\r]+/g, ' ');
}

/** What is still wrong in a French page's text: each fault with a few characters around it. */
export function frenchTypographyFaults(html: string): string[] {
  const faults: string[] = [];
  for (const s of segments(html.replace(/^[\s\S]*?<body[^>]*>/i, ''))) {
    if (s.keep) continue;
    const text = decodeEntities(s.text);
    const checks: [RegExp, string][] = [
      [/[ \u00A0][;:!?»]/g, 'plain space before a sign'],
      [/«[ \u00A0]/g, 'plain space after «'],
      [/[^\s\u202F«]»|«[^\s\u202F»]/g, 'no space inside « »'],
      [/[\p{L}\p{N}»)][;!?](?=\s|$)/gu, 'no space before ; ! ?'],
      [/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/g, "straight apostrophe"],
    ];
    for (const [re, what] of checks) {
      for (const m of text.matchAll(re)) {
        const at = m.index ?? 0;
        faults.push(`${what}: “${text.slice(Math.max(0, at - 25), at + 10).trim()}”`);
      }
    }
  }
  return faults;
}
