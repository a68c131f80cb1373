import { execFileSync } from 'node:child_process';

/** A printed PDF's own text layer, page by page (poppler's pdftotext -layout; pages split by form feeds). */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => /\S/.test(page));
}

/** Words of a text, lower case, letters and digits only (the PDF's text layer keeps neither anchors nor styles). */
export const words = (text: string): string[] => text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Where a printed page ends badly, from the PDF's text (pdftotext -layout, pages split by form feeds):
 * its last line of content (the page counter left aside) ends a heading, or is part of a table's header
 * row (the rows went to the next page).
 */
export function partedAtPageEnd(pagesText: string[], headings: string[], tableHeads: string[]): string[] {
  const headingWords = headings.map(words).filter((w) => w.length > 0);
  const headWords = tableHeads.map((h) => new Set(words(h)));
  return pagesText.flatMap((text, index) => {
    const lines = text.split('\n').filter((line) => /\S/.test(line) && !/^\s*\d+\s*\/\s*\d+\s*$/.test(line));
    if (index === pagesText.length - 1 || lines.length === 0) return [];
    const tail = words(lines.slice(-3).join(' '));
    const last = words(lines.at(-1)!);
    const found: string[] = [];
    for (const h of headingWords) {
      const n = h.length;
      if (tail.length >= n && tail.slice(-n).join(' ') === h.join(' ')) found.push(`page ${index + 1} ends with the heading “${h.join(' ')}”`);
    }
    for (const [i, head] of headWords.entries()) {
      if (last.length > 0 && last.every((w) => head.has(w))) found.push(`page ${index + 1} ends with the header of table ${i + 1} (“${lines.at(-1)!.trim()}”)`);
    }
    return found;
  });
}

