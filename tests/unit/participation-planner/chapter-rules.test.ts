/**
 * One source of truth for the planner's rules: chapter 7 ("Managing participation", section "The
 * planner's rules") describes them in words and tables; rules.json is what the planner runs. This
 * test reads the chapter in both languages and checks, rule by rule, that the two say the same:
 * the numbered rules' sentences, the table of other rules (situation and effect), the starting
 * values and the numbered rules' weights, the emphasis bands and the inputs that are only context.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emphasisBand } from '../../../src/lib/participation-planner/index';
import { LEVERS, type Field, type Lever } from '../../../src/lib/participation-planner/scales';
import { slugify } from '../../../src/lib/slug';
import { fieldRoleProblems, fieldRoles } from '../../../src/lib/participation-planner/content-check';
import type { Lang } from '../../../src/lib/i18n-core';
import { CONTENT } from './planner-content';

const RULES = CONTENT.en.rules;
const CHAPTERS: Record<Lang, string> = {
  fr: 'src/content/guides/fr/piloter-la-participation.mdx',
  en: 'src/content/guides/en/managing-participation.mdx',
};
/** The chapter's short names for the levers, as its tables write them. */
const LEVER_WORDS: Record<Lang, Record<Lever, string>> = {
  fr: { accompaniment: 'accompagnement', sanction: 'sanction', configuration: 'configuration' },
  en: { accompaniment: 'support', sanction: 'sanction', configuration: 'configuration' },
};
const START_WORDS: Record<Lang, { start: string; rule: string }> = {
  fr: { start: 'Valeur de départ', rule: 'Règle' },
  en: { start: 'Starting value', rule: 'Rule' },
};
/** Words for the inputs the planner shows as context only. */
const CONTEXT_WORDS: Record<Lang, Record<string, string>> = {
  fr: { physical: 'implication physique', mental: 'mentale', personalisation: 'degré de personnalisation' },
  en: { physical: 'Physical', mental: 'mental involvement', personalisation: 'degree of personalisation' },
};

const normalise = (text: string): string => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const signed = (value: number): string => (value > 0 ? `+${value}` : `\u2212${Math.abs(value)}`);

/** "Accompaniment +30, sanction −10": the levers a rule moves, in the chapter's order. */
function effectsWords(lang: Lang, effects: { readonly [L in Lever]?: number }): string {
  const parts = LEVERS.flatMap((lever) => {
    const delta = effects[lever];
    return delta === undefined || delta === 0 ? [] : [`${LEVER_WORDS[lang][lever]} ${signed(delta)}`];
  });
  return capitalise(parts.join(', '));
}

/**
 * The `## ` section named by `id` (an English heading id, as references are written), in `lang`,
 * up to the next `## `: the twin chapter's section at the same position.
 */
function section(lang: Lang, id: string): string {
  const starts = (l: Lang) => readFileSync(CHAPTERS[l], 'utf8').split('\n').flatMap((line, index) => (line.startsWith('## ') ? [{ index, id: slugify(line.slice(3)) }] : []));
  const position = starts('en').findIndex((heading) => heading.id === id);
  if (position === -1) throw new Error(`${CHAPTERS.en}: no section #${id}`);
  const lines = readFileSync(CHAPTERS[lang], 'utf8').split('\n');
  const start = starts(lang)[position]!.index;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

/** Every table of a text, as rows of trimmed cells, header and separator rows left out. */
function tables(text: string): string[][][] {
  const found: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) {
      const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((cell) => cell.trim());
      if (current === null) {
        current = [];
        found.push(current);
        continue; // header row
      }
      if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
      current.push(cells);
    } else current = null;
  }
  return found;
}

describe.each(['fr', 'en'] as const)('chapter 7 and rules.json agree (%s)', (lang) => {
  const RULES = CONTENT[lang].rules;
  const basis = RULES.rules[0]!.basis.section;
  const text = section(lang, basis);
  const [others, weights] = tables(text);
  const numbered = RULES.rules.filter((rule) => rule.chapterRule !== null);
  const unnumbered = RULES.rules.filter((rule) => rule.chapterRule === null);

  it('every numbered rule rests on this section', () => {
    expect(numbered.map((rule) => rule.basis.section)).toEqual(numbered.map(() => basis));
  });

  it('the numbered list states each chapter rule as the planner shows it', () => {
    const items = [...text.matchAll(/^(\d+)\. \*\*(.+?)\*\*/gm)].map((match) => [Number(match[1]), normalise(match[2]!)]);
    expect(items).toEqual(numbered.map((rule) => [rule.chapterRule, normalise(rule.text.rule)]));
  });

  it('the table of other rules lists every other rule, its situation and its effect', () => {
    expect(others).toBeDefined();
    const byText = (a: (string | undefined)[], b: (string | undefined)[]): number => String(a[0]).localeCompare(String(b[0]));
    const rows = others!.map((cells) => [normalise(cells[0]!), cells[1]]).sort(byText);
    const expected = unnumbered.map((rule) => [normalise(rule.text.rule.split(' → ')[0]!), effectsWords(lang, rule.effects)]).sort(byText);
    expect(rows).toEqual(expected);
  });

  it('the weights table gives the starting values and the numbered rules’ effects', () => {
    expect(weights).toBeDefined();
    const words = START_WORDS[lang];
    const base = capitalise(LEVERS.map((lever) => `${LEVER_WORDS[lang][lever]} ${RULES.base[lever]}`).join(', '));
    expect(weights!.map((cells) => [cells[0], cells[1]])).toEqual([
      [words.start, base],
      ...numbered.map((rule) => [`${words.rule} ${rule.chapterRule}`, effectsWords(lang, rule.effects)]),
    ]);
  });

  it('states the emphasis bands the planner uses (light below 35, strong from 65)', () => {
    expect([emphasisBand(34), emphasisBand(35), emphasisBand(64), emphasisBand(65)]).toEqual(['light', 'moderate', 'moderate', 'strong']);
    expect(text).toMatch(/35\b[^|]*65\b/);
  });

  it('names the inputs that are context only', () => {
    expect(RULES.context).toEqual(['physical', 'mental', 'personalisation']);
    for (const field of RULES.context) expect(text).toContain(CONTEXT_WORDS[lang][field]);
  });
});

describe('the agreement test can fail', () => {
  it('a changed weight no longer matches the chapter’s words', () => {
    const rule = RULES.rules.find((candidate) => candidate.id === 'repeated-community')!;
    expect(effectsWords('en', rule.effects)).toBe('Sanction +15');
    expect(effectsWords('en', { ...rule.effects, sanction: 30 })).not.toBe('Sanction +15');
  });
});

describe('every answer changes a result or is said to be context', () => {
  const roles = fieldRoles(CONTENT.en);
  it('context answers move nothing, and the others each move the profile or the mix', () => {
    expect(fieldRoleProblems(CONTENT.en)).toEqual([]);
    expect(Object.entries(roles).filter(([, role]) => role.context).map(([field]) => field)).toEqual(['physical', 'mental', 'personalisation']);
    // The motive settles ties between profiles; the duration also separates A from B.
    expect(roles.motive).toMatchObject({ profile: true, rules: [] });
    expect(roles.duration).toMatchObject({ profile: true, rules: ['long-effort'] });
    // Complexity and innovation move the mix on their own, not only together with a novice.
    expect(roles.complexity.rules).toEqual(['novice-complex-innovative', 'complex-task']);
    expect(roles.innovation.rules).toEqual(['novice-complex-innovative', 'new-offer']);
  });
  it('a field that does nothing and is not declared context is reported', () => {
    const context: Field[] = ['physical', 'mental'];
    const silent = { ...CONTENT.en, rules: { ...CONTENT.en.rules, context } };
    expect(fieldRoleProblems(silent)).toEqual(['rules.json: "personalisation" changes nothing and is not listed as context']);
  });
});
