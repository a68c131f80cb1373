/**
 * The convention every tool's content files follow (src/content/tools/<tool>/): structure (ids,
 * numbers, chapter references) apart from words, one zod schema per file with the types inferred
 * from it, and validation at build time, where a mistake stops the build naming the file and each
 * faulty path. The browser receives the parsed content of the page's language as island props.
 */
import { z } from 'zod';
import { KEBAB_ID } from './slug';

/** The one id schema of content: kebab-case, as slugify writes ids. */
export const idSchema = z.string().regex(KEBAB_ID, 'use lowercase letters, digits and single hyphens (kebab-case)');

/** A link to a chapter section (see section-links.ts): the chapter's key and an English `##` heading id. */
export const sectionRefSchema = z.strictObject({ chapter: idSchema, section: idSchema });

/** Words: trimmed and not empty. */
export const prose = z.string().trim().min(1);

/** Adds an issue for every id met twice in `items` (at `path`). */
export function uniqueIds(items: readonly { readonly id: string }[], ctx: z.RefinementCtx, path: readonly (string | number)[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${item.id}"`, path: [...path, index, 'id'] });
    seen.add(item.id);
  });
}

/** Parses one content file; a mistake throws with the file's path and the path of each problem. */
export function parseContentFile<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`${file} is invalid:\n${z.prettifyError(result.error)}`);
}

/**
 * A strict object with one entry per key, each made by `schema(key)`, whose inferred type keeps
 * the keys (the shape is built from a list, so its type is stated here once for every caller).
 */
export function keyedObject<const K extends string, S extends z.ZodType>(keys: readonly K[], schema: (key: K) => S) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, schema(key)])) as { -readonly [P in K]: S });
}
