/**
 * Reading and validation of the planner's content files (build time and tests only: the page body
 * passes the island the content of its language, see content.ts). Every file is parsed with its zod
 * schema and the cross-file checks run; a mistake throws naming the file and the path.
 */
import type { z } from 'zod';
import { parseContentFile } from '../tool-content';
import type { Lang } from '../i18n-core';
import rulesJson from '../../content/tools/participation-planner/rules.json';
import rulesFrJson from '../../content/tools/participation-planner/rules.fr.json';
import rulesEnJson from '../../content/tools/participation-planner/rules.en.json';
import profilesJson from '../../content/tools/participation-planner/profiles.json';
import profilesFrJson from '../../content/tools/participation-planner/profiles.fr.json';
import profilesEnJson from '../../content/tools/participation-planner/profiles.en.json';
import questionsFrJson from '../../content/tools/participation-planner/questions.fr.json';
import questionsEnJson from '../../content/tools/participation-planner/questions.en.json';
import catalogueFrJson from '../../content/tools/participation-planner/catalogue.fr.json';
import catalogueEnJson from '../../content/tools/participation-planner/catalogue.en.json';
import checklistFrJson from '../../content/tools/participation-planner/checklist.fr.json';
import checklistEnJson from '../../content/tools/participation-planner/checklist.en.json';
import examplesJson from '../../content/tools/participation-planner/examples.json';
import examplesFrJson from '../../content/tools/participation-planner/examples.fr.json';
import examplesEnJson from '../../content/tools/participation-planner/examples.en.json';
import linksJson from '../../content/tools/participation-planner/links.json';
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
  rulesTextSchema,
} from './content-schemas';
import { CONTENT_DIR, plannerContentFor, type PlannerContent, type PlannerSource } from './content';
import { CHARACTERISTICS, FIELDS, PROFILE_IDS, ordinal, type Field } from './scales';
import { conditionFields } from './rules-engine';
import type { ProfilePosition } from './profile-match';

/** The raw (unparsed) files, by name; the tests pass altered copies to check validation. */
export const RAW_CONTENT = {
  'rules.json': rulesJson,
  'rules.fr.json': rulesFrJson,
  'rules.en.json': rulesEnJson,
  'profiles.json': profilesJson,
  'profiles.fr.json': profilesFrJson,
  'profiles.en.json': profilesEnJson,
  'questions.fr.json': questionsFrJson,
  'questions.en.json': questionsEnJson,
  'catalogue.fr.json': catalogueFrJson,
  'catalogue.en.json': catalogueEnJson,
  'checklist.fr.json': checklistFrJson,
  'checklist.en.json': checklistEnJson,
  'examples.json': examplesJson,
  'examples.fr.json': examplesFrJson,
  'examples.en.json': examplesEnJson,
  'links.json': linksJson,
} as const satisfies Record<string, unknown>;

export type RawContent = { readonly [K in keyof typeof RAW_CONTENT]: unknown };

/** Parses one of the raw files; a mistake throws with the file's path and the path of each problem. */
function parse<S extends z.ZodType>(schema: S, raw: RawContent, file: keyof RawContent): z.output<S> {
  return parseContentFile(schema, raw[file], `${CONTENT_DIR}/${file}`);
}

function langContent(raw: RawContent, lang: Lang): PlannerSource['byLang'][Lang] {
  return {
    rules: parse(rulesTextSchema, raw, `rules.${lang}.json`).rules,
    questions: parse(questionsSchema, raw, `questions.${lang}.json`),
    profiles: parse(profilesTextSchema, raw, `profiles.${lang}.json`),
    catalogue: parse(catalogueSchema, raw, `catalogue.${lang}.json`).actions,
    checklist: parse(checklistSchema, raw, `checklist.${lang}.json`).items,
    examples: parse(examplesTextSchema, raw, `examples.${lang}.json`).examples,
  };
}

const ids = (items: readonly { readonly id: string }[]): string[] => items.map((item) => item.id);
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Checks that hold across files: the same ids, in the same order, in both languages; rules
 * suggest existing catalogue actions; catalogue actions keep their lever in both languages.
 */
export function contentProblems(content: PlannerSource): string[] {
  const problems: string[] = [];
  const { fr, en } = content.byLang;
  const pairs: [string, readonly string[], readonly string[]][] = [
    ['profiles.{fr,en}.json', ids(fr.profiles.profiles), ids(en.profiles.profiles)],
    ['catalogue.{fr,en}.json', ids(fr.catalogue), ids(en.catalogue)],
    ['checklist.{fr,en}.json', ids(fr.checklist), ids(en.checklist)],
    ['examples.{fr,en}.json', ids(fr.examples), ids(en.examples)],
    ['rules.json vs rules.fr.json', ids(content.rules.rules), ids(fr.rules)],
    ['rules.{fr,en}.json', ids(fr.rules), ids(en.rules)],
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
  problems.push(...inseparableProfiles(content.positions));
  problems.push(...fieldRoleProblems(content));
  const catalogueIds = new Set(ids(fr.catalogue));
  for (const rule of content.rules.rules) {
    for (const suggestion of rule.suggests) {
      if (!catalogueIds.has(suggestion)) problems.push(`rules.json: rule "${rule.id}" suggests unknown action "${suggestion}"`);
    }
  }
  return problems;
}

/** True when two profiles' ranges meet on every one of the four characteristics. */
export function regionsOverlap(a: ProfilePosition, b: ProfilePosition): boolean {
  return CHARACTERISTICS.every((characteristic) => {
    const low = Math.max(ordinal(characteristic, a[characteristic].from), ordinal(characteristic, b[characteristic].from));
    const high = Math.min(ordinal(characteristic, a[characteristic].to), ordinal(characteristic, b[characteristic].to));
    return low <= high;
  });
}

/** Pairs of profiles whose regions overlap without a separating question (chapter 6: profiles must be told apart). */
export function inseparableProfiles(positions: PlannerSource['positions']): string[] {
  const problems: string[] = [];
  positions.profiles.forEach((a, index) => {
    for (const b of positions.profiles.slice(index + 1)) {
      if (!regionsOverlap(a, b)) continue;
      const separated = positions.separators.some((separator) => separator.between.includes(a.id) && separator.between.includes(b.id));
      if (!separated) problems.push(`profiles.json: ${a.id} and ${b.id} overlap on the four characteristics and no separating question tells them apart`);
    }
  });
  return problems;
}

/** What each answer does: moves the control mix (read by a rule), places the profile, or is context. */
export function fieldRoles(content: Pick<PlannerSource | PlannerContent, 'rules' | 'positions'>): Record<Field, { readonly rules: readonly string[]; readonly profile: boolean; readonly context: boolean }> {
  const profileFields = new Set<Field>([...CHARACTERISTICS, 'motive', ...content.positions.separators.map((separator) => separator.field)]);
  return Object.fromEntries(
    FIELDS.map((field) => [
      field,
      {
        rules: content.rules.rules.filter((rule) => conditionFields(rule.when).includes(field)).map((rule) => rule.id),
        profile: profileFields.has(field),
        context: content.rules.context.includes(field),
      },
    ]),
  ) as Record<Field, { rules: string[]; profile: boolean; context: boolean }>;
}

/** Every answer either changes a result or is declared context, never both (issue: no silent input). */
export function fieldRoleProblems(content: Pick<PlannerSource | PlannerContent, 'rules' | 'positions'>): string[] {
  return Object.entries(fieldRoles(content)).flatMap(([field, role]) => {
    const acts = role.rules.length > 0 || role.profile;
    if (!acts && !role.context) return [`rules.json: "${field}" changes nothing and is not listed as context`];
    if (acts && role.context) return [`rules.json: "${field}" is listed as context but changes a result`];
    return [];
  });
}

/** Parses every file and runs the cross-file checks; throws on the first problem found. */
export function loadPlannerContent(raw: RawContent = RAW_CONTENT): PlannerSource {
  const content: PlannerSource = {
    rules: parse(rulesSchema, raw, 'rules.json'),
    positions: parse(profilesSchema, raw, 'profiles.json'),
    examples: parse(examplesSchema, raw, 'examples.json').examples,
    links: parse(linksSchema, raw, 'links.json').steps,
    byLang: { fr: langContent(raw, 'fr'), en: langContent(raw, 'en') },
  };
  const problems = contentProblems(content);
  if (problems.length > 0) throw new Error(`${CONTENT_DIR}: content check failed:\n- ${problems.join('\n- ')}`);
  return content;
}

/** The validated content of a page in `lang` (build time and tests). */
export function loadPlannerPage(lang: Lang, raw: RawContent = RAW_CONTENT): PlannerContent {
  return plannerContentFor(loadPlannerContent(raw), lang);
}
