import type { Lang } from '../i18n-core';
import type {
  CatalogueAction,
  ChecklistItem,
  ExampleAnswersEntry,
  ExampleText,
  PlannerRules,
  ProfilesPositions,
  ProfilesText,
  Questions,
  RuleTextEntry,
  RulesFile,
  StepLinks,
} from './content-schemas';

/**
 * The planner's content as a page uses it: the language-independent files (rules, profile
 * positions, example answers, chapter links) and the words of the page's language only. The files
 * are validated and put together at build time (content-check.ts); the island receives the result
 * as props, so the other language never reaches the browser.
 */

/** Folder of the content files, for error messages. */
export const CONTENT_DIR = 'src/content/tools/participation-planner';

/** Words of one language. */
export interface LangContent {
  readonly questions: Questions;
  readonly profiles: ProfilesText;
  readonly catalogue: readonly CatalogueAction[];
  readonly checklist: readonly ChecklistItem[];
  readonly examples: readonly ExampleText[];
}

/** Every content file, validated: the language-independent ones and the words of both languages. */
export interface PlannerSource {
  readonly rules: RulesFile;
  readonly positions: ProfilesPositions;
  readonly examples: readonly ExampleAnswersEntry[];
  readonly links: StepLinks;
  readonly byLang: { readonly [L in Lang]: LangContent & { readonly rules: readonly RuleTextEntry[] } };
}

/** The content of one page: structure, and the words of `lang` (rules carry their own text). */
export interface PlannerContent {
  readonly lang: Lang;
  readonly rules: PlannerRules;
  readonly positions: ProfilesPositions;
  readonly examples: readonly ExampleAnswersEntry[];
  readonly links: StepLinks;
  readonly words: LangContent;
}

/** The content of a page in `lang`: each rule joined with its text in that language. */
export function plannerContentFor(source: PlannerSource, lang: Lang): PlannerContent {
  const { rules: texts, ...words } = source.byLang[lang];
  const rules = source.rules.rules.map((rule) => {
    const text = texts.find((candidate) => candidate.id === rule.id);
    if (!text) throw new Error(`${CONTENT_DIR}/rules.${lang}.json: no text for rule "${rule.id}"`);
    return { ...rule, text: { rule: text.rule, why: text.why } };
  });
  return { lang, rules: { ...source.rules, rules }, positions: source.positions, examples: source.examples, links: source.links, words };
}

/** The words of `lang`: the content must be that language's (a page never mixes two). */
export function wordsOf(content: PlannerContent, lang: Lang): LangContent {
  if (content.lang !== lang) throw new Error(`participation planner: the content is in "${content.lang}", not "${lang}"`);
  return content.words;
}
