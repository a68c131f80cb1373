import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redirectMapSchema, redirectProblems, type Redirect } from '../../src/lib/redirects';

const r = (from: string, to: string): Redirect => ({ from, to, why: 'moved page' });

describe('redirect map', () => {
  it('the map in the repo is valid', () => {
    const map = redirectMapSchema.parse(JSON.parse(readFileSync('src/content/redirects.json', 'utf8')));
    expect(map.length).toBeGreaterThan(0);
    expect(redirectProblems(map)).toEqual([]);
  });
  it('rejects malformed addresses', () => {
    expect(redirectMapSchema.safeParse([r('/fr/old', '/fr/')]).success).toBe(false);
    expect(redirectMapSchema.safeParse([r('/de/x/', '/fr/')]).success).toBe(false);
    expect(redirectMapSchema.safeParse([r('/fr/x/', 'https://evil.example/')]).success).toBe(false);
    expect(redirectMapSchema.safeParse([r('/fr/x/', '/fr/methode/y/#section-2')]).success).toBe(true);
  });
  it('finds duplicates, chains, loops and language changes', () => {
    expect(redirectProblems([r('/fr/a/', '/fr/b/'), r('/fr/a/', '/fr/c/')])).toEqual(['entry 1: /fr/a/ is already redirected by entry 0']);
    expect(redirectProblems([r('/fr/a/', '/fr/b/'), r('/fr/b/', '/fr/c/')])).toEqual(['entry 0: /fr/b/ is itself redirected (chain)']);
    expect(redirectProblems([r('/fr/a/', '/fr/a/#x')])).toEqual(['entry 0: /fr/a/ redirects to itself']);
    expect(redirectProblems([r('/fr/a/', '/en/a/')])).toEqual(['entry 0: /fr/a/ → /en/a/ changes language']);
  });
});
