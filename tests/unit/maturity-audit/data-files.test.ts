/**
 * The questionnaire data files: valid in both languages and twins by id, chapter references
 * included (that they resolve to rendered headings is tests/unit/section-links.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterRefs, findStatement, idDifferences, statementIds, stepIds } from '../../../src/lib/maturity-audit/index';
import { parseQuestionnaire } from '../../../src/lib/maturity-audit/questionnaire-schema';
import { DATA_DIR, realQuestionnaire } from './fixtures';

const fr = realQuestionnaire('fr');
const en = realQuestionnaire('en');

describe('questionnaire data files', () => {
  it('parse in both languages and declare their language', () => {
    expect(fr.lang).toBe('fr');
    expect(en.lang).toBe('en');
  });

  it('are in canonical form, so the browser can use them unparsed (nothing trimmed or filled in)', () => {
    for (const lang of ['fr', 'en'] as const) {
      const raw: unknown = JSON.parse(readFileSync(join(DATA_DIR, `questions.${lang}.json`), 'utf8'));
      expect(parseQuestionnaire(raw, `questions.${lang}.json`)).toStrictEqual(raw);
    }
  });

  it('have nine dimensions in order, relationship and organisation now apart (edition 2)', () => {
    expect(en.dimensions.map((d) => d.id)).toEqual(['lf', 'lt', 'co', 'ce', 'dp', 'cp', 'cm', 'ro', 'om']);
  });

  it('have 4 to 8 statements per dimension, with ids "<dimension>-<n>" never reused for another idea', () => {
    for (const dimension of en.dimensions) {
      expect(dimension.statements.length).toBeGreaterThanOrEqual(4);
      expect(dimension.statements.length).toBeLessThanOrEqual(8);
      for (const statement of dimension.statements) expect(statement.id).toMatch(new RegExp(`^${dimension.id}-[1-9][0-9]?$`));
    }
    expect(statementIds(en)).toHaveLength(54);
  });

  it('put facts on the yes / partly / no scale and practices on the frequency scale, the same in both languages', () => {
    const facts = (q: typeof en) => q.dimensions.flatMap((d) => d.statements.filter((s) => s.scale === 'fact').map((s) => s.id));
    expect(facts(en)).toEqual(['lf-7', 'lf-8', 'cp-9', 'cm-9', 'cm-10', 'cm-8', 'ro-9', 'om-1']);
    expect(facts(fr)).toEqual(facts(en));
    expect(en.factScale).toEqual({ '0': 'No', '2': 'Partly', '4': 'Yes' });
    // The practice scale asks one thing, how often: no anchor adds spread or measurement.
    expect([en.scale['0'], en.scale['1'], en.scale['2'], en.scale['3'], en.scale['4']]).toEqual(['Never', 'Rarely', 'Sometimes', 'Usually', 'Always']);
    expect([fr.scale['0'], fr.scale['4']]).toEqual(['Jamais', 'Toujours']);
  });

  it('use no word that leads the answer', () => {
    const leading = /frank|honest|neutral|empath|judicious|sensible|openly|franchise|honnêt|neutralit|empathi|judicieu|raisonnable|ouvertement/i;
    for (const q of [en, fr]) for (const id of statementIds(q)) expect(findStatement(q, id)?.text, id).not.toMatch(leading);
  });

  it('no longer count publishing reviews as control of the offer', () => {
    expect(statementIds(en)).not.toContain('co-4');
    expect(findStatement(en, 'co-6')?.text).toBe('Customers’ requests lead us to add, drop or change options in our offer.');
  });

  it('have exactly the same ids in both languages (dimensions, statements, steps, chapter sections)', () => {
    expect(idDifferences(fr, en)).toEqual([]);
    expect(chapterRefs(fr)).toEqual(chapterRefs(en));
    expect(statementIds(fr)).toEqual(statementIds(en));
    expect(stepIds(fr)).toEqual(stepIds(en));
    expect(new Set(stepIds(en)).size).toBe(stepIds(en).length);
  });

  it('have no blank text and no text left untranslated', () => {
    en.dimensions.forEach((dimension, d) => {
      const twin = fr.dimensions[d]!;
      expect(twin.name).not.toBe(dimension.name);
      dimension.statements.forEach((statement, s) => expect(twin.statements[s]?.text).not.toBe(statement.text));
    });
  });

  it('refuse a typo, naming the file and the path', () => {
    const broken = JSON.parse(readFileSync(join(DATA_DIR, 'questions.en.json'), 'utf8'));
    broken.dimensions[2].statements[1].id = 'lf-9';
    broken.dimensions[0].nextSteps.structured[0].ref.section = 'Not An Anchor';
    expect(() => parseQuestionnaire(broken, 'questions.en.json')).toThrow(
      /questions\.en\.json is invalid:\n✖ must start with "co-"\n {2}→ at dimensions\[2\]\.statements\[1\]\.id\n✖ use lowercase letters, digits and single hyphens \(kebab-case\)\n {2}→ at dimensions\[0\]\.nextSteps\.structured\[0\]\.ref\.section/,
    );
  });

  it('link each dimension to the chapters the method assigns it', () => {
    const keys = (id: string) => new Set(en.dimensions.find((d) => d.id === id)?.chapters.map((c) => c.chapter));
    expect([...keys('lf')]).toEqual(expect.arrayContaining(['knowledge-marketing', 'involvement-knowledge']));
    expect([...keys('lt')]).toEqual(expect.arrayContaining(['knowledge-marketing', 'involvement-knowledge']));
    expect([...keys('co')]).toEqual(expect.arrayContaining(['knowledge-marketing', 'customer-empowerment']));
    expect([...keys('ce')]).toEqual(expect.arrayContaining(['knowledge-marketing', 'customer-empowerment']));
    expect([...keys('dp')]).toEqual(expect.arrayContaining(['customer-participation', 'participation-timing', 'co-production-profiles']));
    expect([...keys('cp')]).toEqual(['managing-participation']);
    expect([...keys('cm')]).toEqual(['prosumer-communities']);
    expect([...keys('ro')]).toEqual(['relationship']);
    expect([...keys('om')]).toEqual(['relationship', 'programme']);
  });
});
