import { z } from 'zod';

/** One old address that must keep working: a page renamed or moved, or a section root. */
export const redirectSchema = z
  .object({
    from: z.string().regex(/^\/(fr|en)\/([a-z0-9-]+\/)+$/, 'an old site path such as /fr/ancienne-page/'),
    to: z.string().regex(/^\/(fr|en)\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'a site path such as /fr/methode/page/ or /fr/methode/page/#section'),
    why: z.string().min(5),
  })
  .strict();
export const redirectMapSchema = z.array(redirectSchema);
export type Redirect = z.infer<typeof redirectSchema>;

/**
 * Checks the map as a whole: no address redirected twice, no redirect to another redirect
 * (chains), no loops, and the language kept.
 */
export function redirectProblems(map: readonly Redirect[]): string[] {
  const problems: string[] = [];
  const froms = new Map<string, number>();
  map.forEach((r, i) => {
    if (froms.has(r.from)) problems.push(`entry ${i}: ${r.from} is already redirected by entry ${froms.get(r.from)}`);
    froms.set(r.from, i);
    if (r.from.slice(0, 4) !== r.to.slice(0, 4)) problems.push(`entry ${i}: ${r.from} → ${r.to} changes language`);
  });
  map.forEach((r, i) => {
    const target = r.to.split('#')[0] as string;
    if (target === r.from) problems.push(`entry ${i}: ${r.from} redirects to itself`);
    else if (froms.has(target)) problems.push(`entry ${i}: ${r.to} is itself redirected (chain)`);
  });
  return problems;
}
