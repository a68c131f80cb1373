/** "A", "A and B" / "A et B", "A, B and C": joins author names for a reference line. */
export function formatAuthors(authors: readonly string[], and = '&'): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} ${and} ${authors[authors.length - 1]}`;
}
