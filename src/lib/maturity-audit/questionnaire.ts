/** Read helpers over a parsed questionnaire. */
import { sectionKey, type SectionRef } from '../section-links';
import type { Dimension, NextStep, Questionnaire, Statement } from './questionnaire-schema';
import { PROGRESS_STAGE_IDS } from './stages';

export function statementIds(questionnaire: Questionnaire): string[] {
  return questionnaire.dimensions.flatMap((dimension) => dimension.statements.map((statement) => statement.id));
}

export function stepIds(questionnaire: Questionnaire): string[] {
  return questionnaire.dimensions.flatMap((dimension) => allSteps(dimension).map((step) => step.id));
}

export function allSteps(dimension: Dimension): NextStep[] {
  return PROGRESS_STAGE_IDS.flatMap((stage) => dimension.nextSteps[stage]);
}

/** Every chapter reference of the questionnaire (dimensions and next steps), in order, with duplicates. */
export function chapterRefs(questionnaire: Questionnaire): SectionRef[] {
  return questionnaire.dimensions.flatMap((dimension) => [...dimension.chapters, ...allSteps(dimension).map((step) => step.ref)]);
}

export function findStatement(questionnaire: Questionnaire, id: string): Statement | undefined {
  for (const dimension of questionnaire.dimensions) {
    const statement = dimension.statements.find((candidate) => candidate.id === id);
    if (statement) return statement;
  }
  return undefined;
}

export function dimensionOfStatement(questionnaire: Questionnaire, id: string): Dimension | undefined {
  return questionnaire.dimensions.find((dimension) => dimension.statements.some((statement) => statement.id === id));
}

export function findStep(questionnaire: Questionnaire, id: string): { dimension: Dimension; step: NextStep } | undefined {
  for (const dimension of questionnaire.dimensions) {
    const step = allSteps(dimension).find((candidate) => candidate.id === id);
    if (step) return { dimension, step };
  }
  return undefined;
}

/**
 * The ids that differ between two questionnaires (dimensions, statements, steps and the chapter
 * sections they link to, in the same order): empty when the two languages are twins.
 */
export function idDifferences(a: Questionnaire, b: Questionnaire): string[] {
  const signature = (q: Questionnaire): string[] =>
    q.dimensions.flatMap((dimension) => [
      `dimension ${dimension.id}`,
      ...dimension.statements.map((statement) => `statement ${statement.id}`),
      ...PROGRESS_STAGE_IDS.flatMap((stage) => dimension.nextSteps[stage].map((step) => `step ${stage} ${step.id} → ${sectionKey(step.ref)}`)),
      ...dimension.chapters.map((ref) => `chapter ${sectionKey(ref)}`),
    ]);
  const left = signature(a);
  const right = signature(b);
  const differences: string[] = [];
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    if (left[index] !== right[index]) differences.push(`${a.lang}: ${left[index] ?? '(none)'} / ${b.lang}: ${right[index] ?? '(none)'}`);
  }
  return differences;
}
