import type { Lang } from '../i18n-core';
import type { PlannerText } from './text';
import { wordsOf, type PlannerContent } from './content';
import { emptyPlannerData, type PlannerData } from './schema';
import { MOMENTS } from './scales';

/**
 * A worked example as a plan, in one language. Answers come from examples.json (shared by both
 * languages), words from examples.<lang>.json. The action plan and checklist start empty.
 */
export function exampleData(id: string, lang: Lang, content: PlannerContent): PlannerData | null {
  const entry = content.examples.find((example) => example.id === id);
  const words = wordsOf(content, lang).examples.find((example) => example.id === id);
  if (!entry || !words) return null;
  const { answers } = entry;
  const empty = emptyPlannerData();
  return {
    ...empty,
    example: id,
    offer: { name: words.name, sector: words.sector, description: words.description, physical: answers.physical, mental: answers.mental },
    timing: Object.fromEntries(
      MOMENTS.map((moment) => [moment, { used: entry.moments[moment], what: entry.moments[moment] ? words.moments[moment] : '' }]),
    ) as PlannerData['timing'],
    level: answers.level,
    personalisation: answers.personalisation,
    profile: {
      participants: answers.participants,
      repetition: answers.repetition,
      freedom: answers.freedom,
      motive: answers.motive,
      override: null,
    },
    readiness: {
      culture: answers.culture,
      duration: answers.duration,
      complexity: answers.complexity,
      innovation: answers.innovation,
      knowledge: answers.knowledge,
      deviance: answers.deviance,
      stakes: answers.stakes,
    },
  };
}

/** Title of a plan opened from an example: "Flat-pack furniture (illustration)". */
export function exampleTitle(id: string, t: PlannerText, content: PlannerContent): string {
  const words = wordsOf(content, t.lang).examples.find((example) => example.id === id);
  return t('examples.title', { label: words?.label ?? id });
}
