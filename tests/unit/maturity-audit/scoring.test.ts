import { describe, expect, it } from 'vitest';
import { findStatement, roundScore, SCALE_VALUES, scaleLabel, scoreAudit, scoreDimension, toScore, weakestDimension, type DimensionScore } from '../../../src/lib/maturity-audit/index';
import { realQuestionnaire, TEST_Q } from './fixtures';

const [AA, BB, CC] = TEST_Q.dimensions;
if (!AA || !BB || !CC) throw new Error('test questionnaire has three dimensions');

describe('rounding', () => {
  it('rounds halves up and ignores floating-point dust', () => {
    expect(roundScore(62.5)).toBe(63);
    expect(roundScore(62.49999999999)).toBe(63); // dust from a 62.5
    expect(roundScore(62.4)).toBe(62);
    expect(roundScore(0)).toBe(0);
    expect(toScore(2.5)).toBe(63); // 2.5 / 4 × 100 = 62.5 → 63
    expect(toScore(4)).toBe(100);
  });
});

describe('dimension score', () => {
  it('is the mean of rated answers ÷ 4 × 100', () => {
    // aa: 2, 3, 3, 4 → mean 12/4 = 3 → 75
    const score = scoreDimension(AA, { 'aa-1': 2, 'aa-2': 3, 'aa-3': 3, 'aa-4': 4 });
    expect(score).toMatchObject({ score: 75, stage: 'integrated', rated: 4, dontKnow: 0, unanswered: 0, coverage: 1, mean: 3 });
  });

  it('leaves "don\'t know" out of the mean and shows it as coverage', () => {
    // bb: 1, 2, dk, dk, 4 → mean 7/3 = 2.333… → 58.33 → 58; coverage 3/5
    const score = scoreDimension(BB, { 'bb-1': 1, 'bb-2': 2, 'bb-3': 'dk', 'bb-4': 'dk', 'bb-5': 4 });
    expect(score).toMatchObject({ score: 58, stage: 'structured', rated: 3, dontKnow: 2, unanswered: 0, coverage: 0.6 });
  });

  it('leaves unanswered statements out too', () => {
    // cc: only cc-1 = 1 → mean 1 → 25; coverage 1/6; 5 unanswered
    const score = scoreDimension(CC, { 'cc-1': 1 });
    expect(score).toMatchObject({ score: 25, stage: 'experimenting', rated: 1, unanswered: 5 });
    expect(score.coverage).toBeCloseTo(1 / 6);
  });

  it('is null ("not assessed"), never 0, when every answer is "don\'t know"', () => {
    const score = scoreDimension(AA, { 'aa-1': 'dk', 'aa-2': 'dk', 'aa-3': 'dk', 'aa-4': 'dk' });
    expect(score).toMatchObject({ score: null, stage: null, mean: null, rated: 0, dontKnow: 4, coverage: 0 });
  });

  it('is null when nothing is answered, and 0 only when answers are 0', () => {
    expect(scoreDimension(AA, {}).score).toBeNull();
    expect(scoreDimension(AA, { 'aa-1': 0, 'aa-2': 'dk' })).toMatchObject({ score: 0, stage: 'unaware' });
  });

  it('reads fractional team values (means) the same way', () => {
    // aa: 2.5, 3.5 → mean 3 → 75
    expect(scoreDimension(AA, { 'aa-1': 2.5, 'aa-2': 3.5 }).score).toBe(75);
  });

  it('ignores answers to statements of other dimensions or unknown ids', () => {
    expect(scoreDimension(AA, { 'aa-1': 4, 'bb-1': 0, 'zz-9': 0 }).score).toBe(100);
  });
});

describe('overall score and weakest dimension', () => {
  it('averages the assessed dimensions only, beside the weakest', () => {
    // aa: 4,4,4,4 → 100; bb: all dk → not assessed; cc: 1,1,2 (3 of 6) → 4/3 = 1.333 → 33.33 → 33
    // overall = (100 + 33) / 2 = 66.5 → 67 (integrated); weakest = cc (33)
    const scores = scoreAudit(TEST_Q, {
      'aa-1': 4, 'aa-2': 4, 'aa-3': 4, 'aa-4': 4,
      'bb-1': 'dk', 'bb-2': 'dk', 'bb-3': 'dk', 'bb-4': 'dk', 'bb-5': 'dk',
      'cc-1': 1, 'cc-2': 1, 'cc-3': 2,
    });
    expect(scores.dimensions.map((score) => score.score)).toEqual([100, null, 33]);
    expect(scores).toMatchObject({ assessed: 2, overall: 67, overallStage: 'integrated', totalStatements: 15, answeredStatements: 12, dontKnowStatements: 5 });
    expect(scores.weakest?.id).toBe('cc');
  });

  it('has no overall score and no weakest when nothing is assessed', () => {
    const scores = scoreAudit(TEST_Q, { 'aa-1': 'dk' });
    expect(scores).toMatchObject({ assessed: 0, overall: null, overallStage: null, weakest: null, answeredStatements: 1 });
  });

  it('with one dimension empty, scores the others', () => {
    // aa empty; bb: 2,2,2,2,2 → 50; cc: 3×6 → 75; overall (50+75)/2 = 62.5 → 63
    const values: Record<string, number> = {};
    for (let n = 1; n <= 5; n += 1) values[`bb-${n}`] = 2;
    for (let n = 1; n <= 6; n += 1) values[`cc-${n}`] = 3;
    const scores = scoreAudit(TEST_Q, values);
    expect(scores.dimensions.map((score) => score.score)).toEqual([null, 50, 75]);
    expect(scores.overall).toBe(63);
    expect(scores.weakest?.id).toBe('bb');
  });

  it('breaks ties on the lower coverage, then on questionnaire order', () => {
    // aa: 2,2,2,2 → 50, coverage 1; bb: 2,2 (2 of 5) → 50, coverage 0.4; cc: 2,2,2 (3 of 6) → 50, coverage 0.5
    const byCoverage = scoreAudit(TEST_Q, { 'aa-1': 2, 'aa-2': 2, 'aa-3': 2, 'aa-4': 2, 'bb-1': 2, 'bb-2': 2, 'cc-1': 2, 'cc-2': 2, 'cc-3': 2 });
    expect(byCoverage.weakest?.id).toBe('bb');
    // aa: 1,1 of 4 → 25, coverage 0.5; cc: 1,1,1 of 6 → 25, coverage 0.5 → same score and coverage: aa comes first
    const byOrder = scoreAudit(TEST_Q, { 'aa-1': 1, 'aa-2': 1, 'cc-1': 1, 'cc-2': 1, 'cc-3': 1, 'bb-1': 3 });
    expect(byOrder.weakest?.id).toBe('aa');
  });

  it('compares rounded scores: 58.33 and 58 are a tie', () => {
    // aa: 2,2,3 → 7/3 → 58.33 → 58 (coverage 0.75); bb: 58 needs mean 2.32 → bb: 2,2,2,3,... use 1,3,3 → 7/3 → 58, coverage 0.6
    const scores = scoreAudit(TEST_Q, { 'aa-1': 2, 'aa-2': 2, 'aa-3': 3, 'bb-1': 1, 'bb-2': 3, 'bb-3': 3 });
    expect(scores.dimensions.map((score) => score.score)).toEqual([58, 58, null]);
    expect(scores.weakest?.id).toBe('bb'); // lower coverage 0.6 < 0.75
  });

  it('weakestDimension ignores unassessed dimensions', () => {
    const scores: DimensionScore[] = [scoreDimension(AA, {}, 0), scoreDimension(BB, { 'bb-1': 4 }, 1)];
    expect(weakestDimension(scores)?.id).toBe('bb');
  });
});

describe('fact statements (yes / partly / no count 4 / 2 / 0)', () => {
  const real = realQuestionnaire('en');
  it('mix with practice statements in one arithmetic', () => {
    // lf: lf-1 practice 3, lf-7 fact yes 4, lf-8 fact partly 2 → (3 + 4 + 2) / 3 = 3 → 75; coverage 3/6
    const score = scoreAudit(real, { 'lf-1': 3, 'lf-7': 4, 'lf-8': 2 }).dimensions[0]!;
    expect(score).toMatchObject({ id: 'lf', rated: 3, mean: 3, score: 75, coverage: 0.5 });
    expect(scaleLabel(real, findStatement(real, 'lf-7')!, 2)).toBe('Partly');
    expect(scaleLabel(real, findStatement(real, 'lf-1')!, 2)).toBe('Sometimes');
    expect(SCALE_VALUES.fact).toEqual([0, 2, 4]);
  });
});
