/**
 * Validation of the planner's content files (build time and tests only — the browser uses
 * content.ts, which trusts files this module has checked). Every file is parsed with its zod schema
 * and the cross-file checks run; a mistake throws naming the file and the path.
 */
import type { z } from 'zod';
import { parseContentFile } from '../tool-content';
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
import { CHARACTERISTICS, FIELDS, PROFILE_IDS, ordinal, type Field } from './scales';
import { conditionFields } from './rules-engine';
import type { ProfilePosition } from './profile-match';

/** Parses one of the raw files; a mistake throws with the file's path and the path of each problem. */
function parse<S extends z.ZodType>(schema: S, raw: RawContent, file: keyof RawContent): z.output<S> {
  return parseContentFile(schema, raw[file], `${CONTENT_DIR}/${file}`);
}

function langContent(raw: RawContent, lang: Lang): LangContent {
  return {
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
export function inseparableProfiles(positions: PlannerContent['positions']): string[] {
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
export function fieldRoles(content: PlannerContent): Record<Field, { readonly rules: readonly string[]; readonly profile: boolean; readonly context: boolean }> {
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
export function fieldRoleProblems(content: PlannerContent): string[] {
  return Object.entries(fieldRoles(content)).flatMap(([field, role]) => {
    const acts = role.rules.length > 0 || role.profile;
    if (!acts && !role.context) return [`rules.json: "${field}" changes nothing and is not listed as context`];
    if (acts && role.context) return [`rules.json: "${field}" is listed as context but changes a result`];
    return [];
  });
}

/** Parses every file and runs the cross-file checks; throws on the first problem found. */
export function loadPlannerContent(raw: RawContent = RAW_CONTENT): PlannerContent {
  const content: PlannerContent = {
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

