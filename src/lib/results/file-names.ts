import type { ResultEnvelope } from './envelope';

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** ASCII, lowercase, hyphen-separated: "Audit d'été — Œuvre <b>" → "audit-d-ete-oeuvre-b". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

export type ExportExtension = 'json' | 'csv' | 'png';

/**
 * File name for an exported result: `<slug of title>_<tool>_<YYYY-MM-DD>[_<suffix>].<ext>`.
 * The date is the result's last change unless `date` (an ISO date or date-time) is given.
 * An empty title just leaves the slug out.
 */
export function resultFileName(
  envelope: Pick<ResultEnvelope<unknown>, 'title' | 'tool' | 'updatedAt'>,
  extension: ExportExtension,
  options: { readonly date?: string; readonly suffix?: string } = {},
): string {
  const day = (options.date ?? envelope.updatedAt).slice(0, 10);
  const suffix = options.suffix ? slugify(options.suffix, 30) : '';
  const parts = [slugify(envelope.title), envelope.tool, day, suffix].filter((part) => part !== '');
  return `${parts.join('_')}.${extension}`;
}
