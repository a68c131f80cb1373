/**
 * Human-readable, ASCII-only anchor ids: "Quand le client participe-t-il ?" →
 * "quand-le-client-participe-t-il". Accents are folded so that a link pasted in
 * a syllabus or an e-mail stays readable and never gets percent-encoded.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/['’‘`]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Keeps ids unique within one page: a second "exemples" becomes "exemples-2". */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = slugify(text) || 'section';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}

/** The form of every id on the site (heading ids, content keys, tool content ids): "co-create", "step-2". */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
