import type { Lang } from '../i18n-core';
import rulesJson from '../../content/tools/participation-planner/rules.json';
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
import type {
  CatalogueAction,
  ChecklistItem,
  ExampleAnswersEntry,
  ExampleText,
  PlannerRules,
  ProfilesPositions,
  ProfilesText,
  Questions,
  StepLinks,
} from './content-schemas';

/**
 * The planner's content as the browser uses it: the data files as written, typed. They are
 * validated where it costs the reader nothing — by the page body at build time and by the unit
 * tests (content-check.ts), which also prove the files are already in the schemas' canonical form
 * (no defaults to fill, nothing to trim), so skipping the parse in the browser changes nothing.
 */

/** Folder of the content files, for error messages. */
export const CONTENT_DIR = 'src/content/tools/participation-planner';

/** Content of one language. */
export interface LangContent {
  readonly questions: Questions;
  readonly profiles: ProfilesText;
  readonly catalogue: readonly CatalogueAction[];
  readonly checklist: readonly ChecklistItem[];
  readonly examples: readonly ExampleText[];
}

/** All the planner's content: language-independent files and both languages. */
export interface PlannerContent {
  readonly rules: PlannerRules;
  readonly positions: ProfilesPositions;
  readonly examples: readonly ExampleAnswersEntry[];
  readonly links: StepLinks;
  readonly byLang: { readonly [L in Lang]: LangContent };
}

/** The raw (unparsed) files, by name; the tests pass altered copies to check validation. */
export const RAW_CONTENT = {
  'rules.json': rulesJson,
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

/** The files put together, without validation (see content-check.ts for that). */
export function assemblePlannerContent(raw: RawContent = RAW_CONTENT): PlannerContent {
  const file = <T>(name: keyof RawContent): T => raw[name] as T;
  const lang = (l: Lang): LangContent => ({
    questions: file<Questions>(`questions.${l}.json`),
    profiles: file<ProfilesText>(`profiles.${l}.json`),
    catalogue: file<{ actions: CatalogueAction[] }>(`catalogue.${l}.json`).actions,
    checklist: file<{ items: ChecklistItem[] }>(`checklist.${l}.json`).items,
    examples: file<{ examples: ExampleText[] }>(`examples.${l}.json`).examples,
  });
  return {
    rules: file<PlannerRules>('rules.json'),
    positions: file<ProfilesPositions>('profiles.json'),
    examples: file<{ examples: ExampleAnswersEntry[] }>('examples.json').examples,
    links: file<{ steps: StepLinks }>('links.json').steps,
    byLang: { fr: lang('fr'), en: lang('en') },
  };
}

/** The planner's content. */
export const PLANNER_CONTENT: PlannerContent = assemblePlannerContent();
