/** The data files validate in both languages, with the same ids (and the same numbers for presets). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/segment-positioning/content';
import {
  ANSWER_VALUES,
  presetToData,
  QUESTION_IDS,
  segmentPositioningDataSchema,
  STRATEGY_IDS,
} from '../../../src/lib/segment-positioning/index';
import { presetsFileSchema, questionsFileSchema, strategiesFileSchema } from '../../../src/lib/segment-positioning/content-schemas';

const DIR = join(__dirname, '../../../src/content/tools/segment-positioning');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));

describe('data files', () => {
  const fr = loadContent('fr');
  const en = loadContent('en');

  it('validate in both languages', () => {
    for (const lang of ['fr', 'en']) {
      expect(questionsFileSchema.safeParse(read(`questions.${lang}.json`)).success).toBe(true);
      expect(strategiesFileSchema.safeParse(read(`strategies.${lang}.json`)).success).toBe(true);
      expect(presetsFileSchema.safeParse(read(`presets.${lang}.json`)).success).toBe(true);
    }
  });

  it('have the same question ids, axes and scale values in both languages', () => {
    const shape = (file: typeof fr.questions) => file.questions.map((question) => `${question.id}:${question.axis}`);
    expect(shape(en.questions)).toEqual(shape(fr.questions));
    expect(fr.questions.questions.map((question) => question.id)).toEqual([...QUESTION_IDS]);
    expect(fr.questions.scale.map((step) => step.value)).toEqual([...ANSWER_VALUES]);
    expect(en.questions.scale.map((step) => step.value)).toEqual([...ANSWER_VALUES]);
  });

  it('have one text per strategy, same ids in both languages', () => {
    const ids = (file: typeof fr.strategies) => file.strategies.map((strategy) => strategy.id).sort();
    expect(ids(fr.strategies)).toEqual([...STRATEGY_IDS].sort());
    expect(ids(en.strategies)).toEqual(ids(fr.strategies));
  });

  it('have the same presets, segment ids, sizes and positions in both languages', () => {
    const numbers = (file: typeof fr.presets) =>
      file.presets.map((preset) => ({
        id: preset.id,
        sizeUnit: preset.sizeUnit,
        segments: preset.segments.map(({ id, size, knowledge, involvement, target }) => ({ id, size, knowledge, involvement, target })),
      }));
    expect(numbers(en.presets)).toEqual(numbers(fr.presets));
    expect(fr.presets.presets.map((preset) => preset.id)).toEqual(['energy-households', 'electronics-brand']);
  });

  it('label every preset as an illustration', () => {
    for (const preset of fr.presets.presets) expect(preset.description).toMatch(/illustration/i);
    for (const preset of en.presets.presets) expect(preset.description).toMatch(/illustration/i);
  });

  it('turn presets into valid result data', () => {
    for (const preset of [...fr.presets.presets, ...en.presets.presets]) {
      const data = presetToData(preset);
      expect(segmentPositioningDataSchema.parse(data)).toEqual(data);
    }
    // The energy preset's shares add up to 100 % (18 + 12 + 6 + 34 + 22 + 8).
    const energy = fr.presets.presets[0];
    expect(energy?.segments.reduce((sum, segment) => sum + (segment.size ?? 0), 0)).toBe(100);
  });

  it('refuse a file with a wrong id, a missing question or a broken scale, naming the path', () => {
    const questions = read('questions.en.json') as { questions: { id: string }[]; scale: unknown[] };
    const renamed = { ...questions, questions: questions.questions.map((question, index) => (index === 0 ? { ...question, id: 'inv-typo' } : question)) };
    const renamedResult = questionsFileSchema.safeParse(renamed);
    expect(renamedResult.success).toBe(false);
    expect(renamedResult.error?.issues[0]?.path).toEqual(['questions', 0, 'id']);
    expect(questionsFileSchema.safeParse({ ...questions, questions: questions.questions.slice(1) }).success).toBe(false);
    expect(questionsFileSchema.safeParse({ ...questions, scale: questions.scale.slice(1) }).success).toBe(false);
    const swapped = { ...questions, questions: questions.questions.map((question, index) => (index === 0 ? { ...question, axis: 'knowledge' } : question)) };
    expect(questionsFileSchema.safeParse(swapped).success).toBe(false);
    const strategies = read('strategies.fr.json') as { strategies: unknown[] };
    expect(strategiesFileSchema.safeParse({ strategies: strategies.strategies.slice(1) }).success).toBe(false);
    const presets = read('presets.fr.json') as { presets: { segments: { id: string }[] }[] };
    const first = presets.presets[0];
    if (!first) throw new Error('fixture');
    const duplicated = { presets: [{ ...first, segments: [...first.segments, first.segments[0]] }] };
    expect(presetsFileSchema.safeParse(duplicated).success).toBe(false);
  });
});
