/**
 * Validation of the planner's content files (build time and tests only — the browser uses
 * content.ts, which trusts files this module has checked). Every file is parsed with its zod schema
 * and the cross-file checks run; a mistake throws naming the file and the path.
 */
import { z } from 'zod';
import type { Lang } from '../i18n-core';
import {
  catalogueSchema,
  checklistSchema,
  examplesSchema,
  examplesTextSchema,
  linksSchema,
  profilesSchema,
  profilesTextSchema,
  questionsSchema,
  rulesSchema,
} from './content-schemas';
import { CONTENT_DIR, RAW_CONTENT, type LangContent, type PlannerContent, type RawContent } from './content';
import { PROFILE_IDS } from './scales';

/** Parses one content file; a mistake throws with the file name and the path of each problem. */
export function parseContentFile<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`${CONTENT_DIR}/${file} is invalid:\n${z.prettifyError(result.error)}`);
}

function langContent(raw: RawContent, lang: Lang): LangContent {
  return {
    questions: parseContentFile(questionsSchema, raw[`questions.${lang}.json`], `questions.${lang}.json`),
    profiles: parseContentFile(profilesTextSchema, raw[`profiles.${lang}.json`], `profiles.${lang}.json`),
    catalogue: parseContentFile(catalogueSchema, raw[`catalogue.${lang}.json`], `catalogue.${lang}.json`).actions,
    checklist: parseContentFile(checklistSchema, raw[`checklist.${lang}.json`], `checklist.${lang}.json`).items,
    examples: parseContentFile(examplesTextSchema, raw[`examples.${lang}.json`], `examples.${lang}.json`).examples,
  };
}

const ids = (items: readonly { readonly id: string }[]): string[] => items.map((item) => item.id);
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Checks that hold across files: the same ids, in the same order, in both languages; rules
 * suggest existing catalogue actions; catalogue actions keep their lever in both languages.
 */
export function contentProblems(content: PlannerContent): string[] {
  const problems: string[] = [];
  const { fr, en } = content.byLang;
  const pairs: [string, readonly string[], readonly string[]][] = [
    ['profiles.{fr,en}.json', ids(fr.profiles.profiles), ids(en.profiles.profiles)],
    ['catalogue.{fr,en}.json', ids(fr.catalogue), ids(en.catalogue)],
    ['checklist.{fr,en}.json', ids(fr.checklist), ids(en.checklist)],
    ['examples.{fr,en}.json', ids(fr.examples), ids(en.examples)],
    ['examples.json vs examples.fr.json', ids(content.examples), ids(fr.examples)],
    ['profiles.json vs profiles.fr.json', ids(content.positions.profiles), ids(fr.profiles.profiles)],
  ];
  for (const [what, a, b] of pairs) if (!same(a, b)) problems.push(`${what}: ids differ (${a.join(', ')} ≠ ${b.join(', ')})`);
  if (!same([...content.positions.profiles.map((profile) => profile.id)].sort(), [...PROFILE_IDS])) {
    problems.push(`profiles.json: must place each of ${PROFILE_IDS.join(', ')} once`);
  }
  fr.catalogue.forEach((action, index) => {
    const twin = en.catalogue[index];
    if (twin && twin.lever !== action.lever) problems.push(`catalogue: "${action.id}" is ${action.lever} in French but ${twin.lever} in English`);
  });
  fr.checklist.forEach((item, index) => {
    const twin = en.checklist[index];
    if (twin && twin.side !== item.side) problems.push(`checklist: "${item.id}" is on side ${item.side} in French but ${twin.side} in English`);
  });
  const catalogueIds = new Set(ids(fr.catalogue));
  for (const rule of content.rules.rules) {
    for (const suggestion of rule.suggests) {
      if (!catalogueIds.has(suggestion)) problems.push(`rules.json: rule "${rule.id}" suggests unknown action "${suggestion}"`);
    }
  }
  return problems;
}

/** Parses every file and runs the cross-file checks; throws on the first problem found. */
export function loadPlannerContent(raw: RawContent = RAW_CONTENT): PlannerContent {
  const content: PlannerContent = {
    rules: parseContentFile(rulesSchema, raw['rules.json'], 'rules.json'),
    positions: parseContentFile(profilesSchema, raw['profiles.json'], 'profiles.json'),
    examples: parseContentFile(examplesSchema, raw['examples.json'], 'examples.json').examples,
    links: parseContentFile(linksSchema, raw['links.json'], 'links.json').steps,
    byLang: { fr: langContent(raw, 'fr'), en: langContent(raw, 'en') },
  };
  const problems = contentProblems(content);
  if (problems.length > 0) throw new Error(`${CONTENT_DIR}: content check failed:\n- ${problems.join('\n- ')}`);
  return content;
}

