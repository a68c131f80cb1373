import { describe, expect, it } from 'vitest';
import { chooseRecommendations, MAX_RECOMMENDED_DIMENSIONS, scoreAudit, type Questionnaire } from '../../../src/lib/maturity-audit/index';
import { realQuestionnaire, TEST_Q } from './fixtures';

function all(questionnaire: Questionnaire, values: Record<string, number | 'dk'>): Record<string, number | 'dk'> {
  // every statement of a dimension gets the value given for the dimension id
  const out: Record<string, number | 'dk'> = {};
  for (const dimension of questionnaire.dimensions) {
    const value = values[dimension.id];
    if (value === undefined) continue;
    for (const statement of dimension.statements) out[statement.id] = value;
  }
  return out;
}

describe('choice of recommendations', () => {
  const q = realQuestionnaire('en');

  it('takes the three weakest assessed dimensions below 80, weakest first, with the steps of their stage', () => {
    // lf 0 (0), lt 1 (25), co 2 (50), ce 3 (75), dp 4 (100), cp 1 (25), cm 2 (50), ro and om dk
    const scores = scoreAudit(q, all(q, { lf: 0, lt: 1, co: 2, ce: 3, dp: 4, cp: 1, cm: 2, ro: 'dk', om: 'dk' }));
    const { recommended, notAssessed } = chooseRecommendations(q, scores);
    // weakest: lf 0; then lt 25 and cp 25 tie on score and coverage (1) → questionnaire order: lt before cp
    expect(recommended.map((r) => [r.dimension.id, r.score.score, r.score.stage])).toEqual([
      ['lf', 0, 'unaware'],
      ['lt', 25, 'experimenting'],
      ['cp', 25, 'experimenting'],
    ]);
    expect(recommended[0]?.steps.map((s) => s.id)).toEqual(['lf-n1', 'lf-n2']);
    expect(recommended[1]?.steps.map((s) => s.id)).toEqual(['lt-n3', 'lt-n4']);
    expect(notAssessed.map((d) => d.id)).toEqual(['ro', 'om']);
    expect(MAX_RECOMMENDED_DIMENSIONS).toBe(3);
  });

  it('never recommends a co-creative dimension (80 and above), even if fewer than three remain', () => {
    // aa 80 exactly? aa: 3,3,4,3 → 13/4 = 3.25 → 81.25 → 81 (co-creative); bb: 3×5 → 75 (integrated); cc: 4×6 → 100
    const scores = scoreAudit(TEST_Q, { 'aa-1': 3, 'aa-2': 3, 'aa-3': 4, 'aa-4': 3, ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`bb-${n}`, 3])), ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`cc-${n}`, 4])) });
    expect(scores.dimensions.map((s) => s.score)).toEqual([81, 75, 100]);
    const { recommended } = chooseRecommendations(TEST_Q, scores);
    expect(recommended.map((r) => r.dimension.id)).toEqual(['bb']);
    expect(recommended[0]?.steps.map((s) => s.id)).toEqual(['bb-n4', 'bb-n5']);
  });

  it('includes a dimension at 79 and excludes one at 80', () => {
    // aa: 79 is unreachable with ≤6 integer answers; 3,3,3,4,3 on bb → 16/5 = 3.2 → 80; cc: 3,3,3,3,3,4 → 19/6 → 79.17 → 79
    const scores = scoreAudit(TEST_Q, { 'bb-1': 3, 'bb-2': 3, 'bb-3': 3, 'bb-4': 4, 'bb-5': 3, 'cc-1': 3, 'cc-2': 3, 'cc-3': 3, 'cc-4': 3, 'cc-5': 3, 'cc-6': 4 });
    expect(scores.dimensions.map((s) => s.score)).toEqual([null, 80, 79]);
    const { recommended, notAssessed } = chooseRecommendations(TEST_Q, scores);
    expect(recommended.map((r) => [r.dimension.id, r.score.stage])).toEqual([['cc', 'integrated']]);
    expect(notAssessed.map((d) => d.id)).toEqual(['aa']);
  });

  it('recommends nothing when nothing is assessed, and lists every dimension as not assessed', () => {
    const { recommended, notAssessed } = chooseRecommendations(TEST_Q, scoreAudit(TEST_Q, {}));
    expect(recommended).toEqual([]);
    expect(notAssessed.map((d) => d.id)).toEqual(['aa', 'bb', 'cc']);
  });

  it('honours a smaller maximum', () => {
    const scores = scoreAudit(TEST_Q, { 'aa-1': 0, 'bb-1': 1, 'cc-1': 2 });
    expect(chooseRecommendations(TEST_Q, scores, 2).recommended.map((r) => r.dimension.id)).toEqual(['aa', 'bb']);
  });
});
