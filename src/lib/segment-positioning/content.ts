import type { z } from 'zod';
import type { Lang } from '../i18n-core';
import { parseContentFile } from '../tool-content';
import questionsEn from '../../content/tools/segment-positioning/questions.en.json';
import questionsFr from '../../content/tools/segment-positioning/questions.fr.json';
import strategiesEn from '../../content/tools/segment-positioning/strategies.en.json';
import strategiesFr from '../../content/tools/segment-positioning/strategies.fr.json';
import presetsEn from '../../content/tools/segment-positioning/presets.en.json';
import presetsFr from '../../content/tools/segment-positioning/presets.fr.json';
import { presetsFileSchema, questionsFileSchema, strategiesFileSchema, type ToolContent } from './content-schemas';

const RAW: Readonly<Record<Lang, Readonly<Record<'questions' | 'strategies' | 'presets', unknown>>>> = {
  fr: { questions: questionsFr, strategies: strategiesFr, presets: presetsFr },
  en: { questions: questionsEn, strategies: strategiesEn, presets: presetsEn },
};

const parse = <S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> => parseContentFile(schema, value, `src/content/tools/segment-positioning/${file}`);

/**
 * The tool's data files in one language, validated (used by the Astro body at build time, so a
 * typo in a data file stops the build with the file and the path).
 */
export function loadContent(lang: Lang): ToolContent {
  const raw = RAW[lang];
  return {
    questions: parse(questionsFileSchema, raw.questions, `questions.${lang}.json`),
    strategies: parse(strategiesFileSchema, raw.strategies, `strategies.${lang}.json`),
    presets: parse(presetsFileSchema, raw.presets, `presets.${lang}.json`),
  };
}
