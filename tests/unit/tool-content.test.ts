/** The content convention shared by the three tools: one id schema, keyed objects, file-named errors. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idSchema, keyedObject, parseContentFile, sectionRefSchema } from '../../src/lib/tool-content';
import { isSectionId } from '../../src/lib/reading-progress';
import { slugify } from '../../src/lib/slug';

describe('the shared id schema', () => {
  it('takes kebab-case ids, as slugify writes them, and nothing else', () => {
    for (const id of ['co-create', 'step-2-position-segments', 'a', slugify('Le client est-il prêt ?')]) expect(idSchema.safeParse(id).success, id).toBe(true);
    for (const id of ['Co-create', 'a--b', '-a', 'a-', 'é', 'a b', '']) expect(idSchema.safeParse(id).success, id).toBe(false);
    // The reading progress keeps only section ids of the same form.
    expect(isSectionId('co-create')).toBe(true);
    expect(isSectionId('a--b')).toBe(false);
  });

  it('is the one section reference shape: a chapter key and a section id, nothing more', () => {
    expect(sectionRefSchema.safeParse({ chapter: 'programme', section: 'step-2-position-segments' }).success).toBe(true);
    expect(sectionRefSchema.safeParse({ chapter: 'programme', anchor: { fr: 'a', en: 'b' } }).success).toBe(false);
  });
});

describe('keyedObject', () => {
  const schema = keyedObject(['low', 'high'] as const, () => z.number());
  it('requires every key and refuses others', () => {
    expect(schema.parse({ low: 1, high: 2 })).toEqual({ low: 1, high: 2 });
    expect(schema.safeParse({ low: 1 }).success).toBe(false);
    expect(schema.safeParse({ low: 1, high: 2, medium: 3 }).success).toBe(false);
  });
});

describe('parseContentFile', () => {
  it('names the file and every faulty path', () => {
    const schema = z.strictObject({ items: z.array(z.strictObject({ id: idSchema })) });
    expect(() => parseContentFile(schema, { items: [{ id: 'ok' }, { id: 'Not OK' }] }, 'src/content/tools/x/items.json')).toThrow(
      /^src\/content\/tools\/x\/items\.json is invalid:\n✖ use lowercase letters, digits and single hyphens \(kebab-case\)\n {2}→ at items\[1\]\.id$/,
    );
  });
});
