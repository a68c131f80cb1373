/**
 * The planner's data files: they validate in both languages with the same ids, a mistake is
 * reported with the file and the path, and the profiles and rules agree with chapters 6 and 7
 * (that their chapter sections exist is tests/unit/section-links.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHAPTER_KEYS,
  FIELD_SCALES,
  FIELDS,
  LEVERS,
  STEP_IDS,
} from '../../../src/lib/participation-planner/index';
import { loadExplain } from '../../../src/lib/participation-planner/explain';
import { contentProblems, loadPlannerContent, RAW_CONTENT } from '../../../src/lib/participation-planner/content-check';
import { plannerEn, plannerFr } from '../../../src/i18n/tools/participation-planner/index';
import { CONTENT } from './planner-content';

const GUIDES = join(__dirname, '../../../src/content/guides');
type Lang = 'fr' | 'en';

function chapters(lang: Lang) {
  const dir = join(GUIDES, lang);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const key = text.match(/^key:\s*(.+)$/m)?.[1]?.trim() ?? '';
      return { file, key, body: text.replace(/^---\n[\s\S]*?\n---/, '') };
    });
}
const CHAPTERS = { fr: chapters('fr'), en: chapters('en') };
const chapter = (lang: Lang, key: string) => CHAPTERS[lang].find((c) => c.key === key);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('content files', () => {
  it('validate and pass the cross-file checks', () => {
    expect(() => loadPlannerContent()).not.toThrow();
    expect(contentProblems(loadPlannerContent())).toEqual([]);
  });

  it('give a page the words of its language only, each rule joined with its text', () => {
    const source = loadPlannerContent();
    for (const [lang, other] of [['fr', 'en'], ['en', 'fr']] as const) {
      const page = JSON.stringify(CONTENT[lang]);
      expect(CONTENT[lang].lang).toBe(lang);
      for (const action of source.byLang[other].catalogue) expect(page).not.toContain(action.label);
      for (const rule of source.byLang[other].rules) expect(page).not.toContain(rule.rule);
      expect(CONTENT[lang].rules.rules.map((rule) => rule.text.rule)).toEqual(source.byLang[lang].rules.map((text) => text.rule));
    }
  });

  it('have identical ids, in the same order, in French and English', () => {
    const { fr, en } = loadPlannerContent().byLang;
    const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
    expect(ids(fr.profiles.profiles)).toEqual(ids(en.profiles.profiles));
    expect(ids(fr.catalogue)).toEqual(ids(en.catalogue));
    expect(ids(fr.checklist)).toEqual(ids(en.checklist));
    expect(ids(fr.examples)).toEqual(ids(en.examples));
    expect(ids(fr.examples)).toEqual(ids(CONTENT.en.examples));
    expect(ids([...loadExplain('fr')])).toEqual(ids([...loadExplain('en')]));
    for (const field of FIELDS) {
      expect(Object.keys(fr.questions.fields[field].options), field).toEqual([...FIELD_SCALES[field]]);
      expect(Object.keys(en.questions.fields[field].options), field).toEqual([...FIELD_SCALES[field]]);
    }
  });

  it('offer six worked examples and catalogue actions for every lever', () => {
    expect(CONTENT.en.examples.map((example) => example.id)).toEqual([
      'self-checkout',
      'flat-pack',
      'concert',
      'cake-mix',
      'board-game-club',
      'weight-loss',
    ]);
    for (const lever of LEVERS) expect(CONTENT.en.words.catalogue.filter((a) => a.lever === lever).length).toBeGreaterThanOrEqual(4);
    expect(new Set(CONTENT.fr.words.checklist.map((item) => item.side))).toEqual(new Set(['firm', 'customer', 'limit']));
  });

  it('report a mistake with the file and the path', () => {
    const rules = clone(RAW_CONTENT['rules.json']) as { rules: { when: { of: { values: string[] }[] } }[] };
    rules.rules[0]!.when.of[0]!.values = ['very-high'];
    expect(() => loadPlannerContent({ ...RAW_CONTENT, 'rules.json': rules })).toThrow(
      /rules\.json is invalid:[\s\S]*"very-high" is not a value of complexity[\s\S]*rules\[0\]\.when\.of\[0\]\.values\[0\]/,
    );
    const questions = clone(RAW_CONTENT['questions.en.json']) as { fields: { level: { options: Record<string, unknown> } } };
    delete questions.fields.level.options['high'];
    expect(() => loadPlannerContent({ ...RAW_CONTENT, 'questions.en.json': questions })).toThrow(/questions\.en\.json is invalid:[\s\S]*fields\.level\.options\.high/);
    const profiles = clone(RAW_CONTENT['profiles.json']) as { profiles: { freedom: { from: string; to: string } }[] };
    profiles.profiles[4]!.freedom = { from: 'high', to: 'moderate' };
    expect(() => loadPlannerContent({ ...RAW_CONTENT, 'profiles.json': profiles })).toThrow(/profiles\.json is invalid:[\s\S]*lower to the higher/);
    expect(() => loadExplain('fr', { sections: [{ id: 'x', heading: 'H', paragraphs: [] }] })).toThrow(/explain\.fr\.json is invalid:[\s\S]*sections\[0\]\.paragraphs/);
  });

  it('report ids that differ between languages and unknown suggestions', () => {
    const catalogue = clone(RAW_CONTENT['catalogue.en.json']) as { actions: { id: string }[] };
    catalogue.actions[0]!.id = 'tutorial';
    expect(() => loadPlannerContent({ ...RAW_CONTENT, 'catalogue.en.json': catalogue })).toThrow(/catalogue\.\{fr,en\}\.json: ids differ/);
    const rules = clone(RAW_CONTENT['rules.json']) as { rules: { suggests: string[] }[] };
    rules.rules[1]!.suggests = ['teleport'];
    expect(() => loadPlannerContent({ ...RAW_CONTENT, 'rules.json': rules })).toThrow(/suggests unknown action "teleport"/);
  });
});

describe('links to chapter sections', () => {
  it('cover every step and use only the four participation chapters (that they resolve: section-links.test.ts)', () => {
    for (const step of STEP_IDS) expect(CONTENT.en.links[step].length, step).toBeGreaterThan(0);
    const refs = [...STEP_IDS.flatMap((step) => CONTENT.en.links[step]), ...CONTENT.en.rules.rules.map((rule) => rule.basis)];
    for (const ref of refs) expect(CHAPTER_KEYS).toContain(ref.chapter);
  });
});

describe('agreement with the chapters', () => {
  /** Rows of the chapter 6 table: profile letter → [family, level, participants, participation, freedom]. */
  function profileTable(lang: Lang): Map<string, string[]> {
    const body = chapter(lang, 'co-production-profiles')?.body ?? '';
    const rows = new Map<string, string[]>();
    for (const line of body.split('\n')) {
      const match = /^\| ([A-E])\. .*?\|(.*)\|\s*$/.exec(line);
      if (match?.[1] && match[2]) rows.set(match[1], match[2].split('|').map((cell) => cell.trim()));
    }
    return rows;
  }
  const WORDS: Record<Lang, Record<string, string>> = {
    en: {
      moderate: 'Moderate', high: 'High', low: 'Low', alone: 'Alone', 'small-group': 'Small group', mass: 'Mass',
      'one-off': 'One-off', repeated: 'Repeated', utilitarian: 'Utilitarian', experiential: 'Experiential',
    },
    fr: {
      moderate: 'Modéré', high: 'Élevé', low: 'Faible', alone: 'Seul', 'small-group': 'Petit groupe', mass: 'Masse',
      'one-off': 'Ponctuelle', repeated: 'Répétée', utilitarian: 'Utilitaire', experiential: 'Expérientielle',
    },
  };
  /** How the chapter writes a range: "Alone or small group", "Low to moderate". */
  function chapterRange(lang: Lang, from: string, to: string, joiner: 'or' | 'to'): string {
    const w = WORDS[lang];
    if (from === to) return w[from] ?? from;
    const link = joiner === 'or' ? (lang === 'fr' ? ' ou ' : ' or ') : lang === 'fr' ? ' à ' : ' to ';
    return `${w[from]}${link}${(w[to] ?? to).toLocaleLowerCase(lang)}`;
  }

  for (const lang of ['fr', 'en'] as const) {
    it(`profiles.json matches the chapter 6 table (${lang})`, () => {
      const table = profileTable(lang);
      expect([...table.keys()]).toEqual(['A', 'B', 'C', 'D', 'E']);
      for (const profile of CONTENT.en.positions.profiles) {
        expect(table.get(profile.id), profile.id).toEqual([
          WORDS[lang][profile.family],
          chapterRange(lang, profile.level.from, profile.level.to, 'to'),
          chapterRange(lang, profile.participants.from, profile.participants.to, 'or'),
          chapterRange(lang, profile.repetition.from, profile.repetition.to, 'to'),
          chapterRange(lang, profile.freedom.from, profile.freedom.to, 'to'),
        ]);
      }
    });

    it(`the four chapter rules are worded as in chapter 7 (${lang})`, () => {
      const body = chapter(lang, 'managing-participation')?.body ?? '';
      const listed = [...body.matchAll(/^(\d)\. \*\*(.+?)\*\*/gm)].map((m) => [Number(m[1]), m[2]] as const);
      const numbered = CONTENT[lang].rules.rules.filter((rule) => rule.chapterRule !== null);
      expect(numbered.map((rule) => [rule.chapterRule, rule.text.rule])).toEqual(listed);
    });
  }
});

describe('UI dictionaries', () => {
  it('have the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(plannerEn).sort()).toEqual(Object.keys(plannerFr).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(plannerFr) as (keyof typeof plannerFr)[]) {
      expect(plannerFr[key].trim(), key).not.toBe('');
      expect(plannerEn[key].trim(), key).not.toBe('');
      expect(placeholders(plannerEn[key]), key).toEqual(placeholders(plannerFr[key]));
    }
  });
});
