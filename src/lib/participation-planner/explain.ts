import type { Lang } from '../i18n-core';
import explainFrJson from '../../content/tools/participation-planner/explain.fr.json';
import explainEnJson from '../../content/tools/participation-planner/explain.en.json';
import { parseContentFile } from '../tool-content';
import { CONTENT_DIR } from './content';
import { explainSchema, type ExplainSection } from './content-schemas';

/**
 * The page's explanations (how the profile is proposed, how the emphasis is computed). Only the
 * Astro body renders them, so they stay out of the island's bundle (import this module directly,
 * not through index.ts).
 */
const RAW = { fr: explainFrJson, en: explainEnJson } as const;

export function loadExplain(lang: Lang, raw: unknown = RAW[lang]): readonly ExplainSection[] {
  return parseContentFile(explainSchema, raw, `${CONTENT_DIR}/explain.${lang}.json`).sections;
}
