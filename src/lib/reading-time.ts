/** Words per minute used for the reading-time estimate of a chapter. */
export const WORDS_PER_MINUTE = 220;

/** Strips MDX syntax that is not read: import/export lines, JSX tags, expressions, markup. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** Whole minutes, at least 1. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(readableText(mdx)) / WORDS_PER_MINUTE));
}
