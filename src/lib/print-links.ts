/**
 * What a printed page shows for a link a reader cannot click on paper: its address in full when
 * it is short enough to type, a QR code always (worked scenarios and share links run to hundreds
 * of characters). Pure: the DOM glue is src/components/scripts/print.ts.
 */

/** Addresses up to this length are printed in full next to their QR code. */
export const MAX_PRINTED_ADDRESS = 90;

export interface PrintedLink {
  /** The absolute address, against the page's real location. */
  readonly url: string;
  /** The address to print as text, or undefined when it is too long to type. */
  readonly text?: string | undefined;
}

export function printedLink(href: string, location: string): PrintedLink | undefined {
  let url: URL;
  try {
    url = new URL(href, location);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const full = url.href;
  return full.length <= MAX_PRINTED_ADDRESS ? { url: full, text: full } : { url: full };
}

/** The address a citation of the page gives: where it was read, without query or #fragment. */
export function citedAddress(location: string): string {
  const url = new URL(location);
  url.hash = '';
  url.search = '';
  return url.href;
}

/** The page's address as printed on it: where it was read, without the #fragment. */
export function pageAddress(location: string): string {
  const url = new URL(location);
  url.hash = '';
  return url.href;
}
