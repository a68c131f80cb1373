import { describe, expect, it } from 'vitest';
import {
  addCustomAction,
  addStepToPlan,
  compareScores,
  comparisonSummary,
  hasStep,
  planProgress,
  removePlanItem,
  scoreAudit,
  setAnswerConfidence,
  setAnswerNote,
  setAnswerValue,
  signed,
  updatePlanItem,
} from '../../../src/lib/maturity-audit/index';
import { auditText } from '../../../src/i18n/tools/maturity-audit/index';
import { TEST_Q } from './fixtures';

describe('comparing two audits', () => {
  // before: aa 1×4 → 25; bb 2,2 → 50; cc not assessed → overall (25 + 50) / 2 = 37.5 → 38
  const before = scoreAudit(TEST_Q, { 'aa-1': 1, 'aa-2': 1, 'aa-3': 1, 'aa-4': 1, 'bb-1': 2, 'bb-2': 2 });
  // after: aa 3×4 → 75; bb 1,2 → 37.5 → 38; cc 4 → 100 → overall (75 + 38 + 100) / 3 = 71
  const after = scoreAudit(TEST_Q, { 'aa-1': 3, 'aa-2': 3, 'aa-3': 3, 'aa-4': 3, 'bb-1': 1, 'bb-2': 2, 'cc-1': 4 });

  it('gives after − before per dimension, null where either side is not assessed', () => {
    const comparison = compareScores(before, after);
    expect(comparison.rows).toEqual([
      { id: 'aa', before: 25, after: 75, delta: 50 },
      { id: 'bb', before: 50, after: 38, delta: -12 },
      { id: 'cc', before: null, after: 100, delta: null },
    ]);
    expect(comparison.overall).toEqual({ id: 'overall', before: 38, after: 71, delta: 33 });
    expect(comparison.largestGain?.id).toBe('aa');
    expect(comparison.largestDrop?.id).toBe('bb');
  });

  it('sums it up in one sentence, with a true minus sign', () => {
    expect(comparisonSummary(TEST_Q, compareScores(before, after), auditText('en'), 'en')).toBe(
      'Overall score: 38 → 71 (+33). Largest rise: Dimension AA (+50). Largest fall: Dimension BB (−12).',
    );
    expect(comparisonSummary(TEST_Q, compareScores(before, before), auditText('en'), 'en')).toBe('Overall score: 38 → 38 (0). No dimension has changed.');
    expect(signed(-3, 'fr')).toBe('−3');
  });
});

describe('action plan', () => {
  const step = TEST_Q.dimensions[0]!.nextSteps.unaware[0]!;

  it('adds a recommended step once, as a to-do linked to its step and dimension', () => {
    const plan = addStepToPlan([], step, 'aa', 'p1');
    expect(plan).toEqual([{ id: 'p1', text: step.text, dimension: 'aa', step: 'aa-n1', status: 'todo' }]);
    expect(hasStep(plan, 'aa-n1')).toBe(true);
    expect(addStepToPlan(plan, step, 'aa', 'p2')).toEqual(plan);
  });

  it('adds custom actions, refusing empty text', () => {
    expect(addCustomAction([], '   ', 'p1')).toEqual([]);
    expect(addCustomAction([], ' Call the panel ', 'p1', 'bb')).toEqual([{ id: 'p1', text: 'Call the panel', dimension: 'bb', status: 'todo' }]);
  });

  it('updates owner, due date and status, dropping empty values instead of storing ""', () => {
    let plan = addCustomAction([], 'Write the charter', 'p1');
    plan = updatePlanItem(plan, 'p1', { owner: 'Dana', due: '2027-03-31', status: 'doing' });
    expect(plan[0]).toMatchObject({ owner: 'Dana', due: '2027-03-31', status: 'doing' });
    plan = updatePlanItem(plan, 'p1', { owner: ' ', due: '' , text: '' });
    expect(plan[0]).toEqual({ id: 'p1', text: 'Write the charter', status: 'doing' });
    expect(planProgress([...plan, ...addCustomAction([], 'x', 'p2')])).toEqual({ todo: 1, doing: 1, done: 0 });
    expect(removePlanItem(plan, 'p1')).toEqual([]);
  });
});

describe('editing answers', () => {
  it('keeps confidence and note when the value changes, and drops empty notes', () => {
    let answers = setAnswerValue({}, 'aa-1', 3);
    expect(setAnswerConfidence({}, 'aa-2', 'high')).toBeNull(); // no answer yet: nowhere to put it
    answers = setAnswerConfidence(answers, 'aa-1', 'low') ?? answers;
    answers = setAnswerNote(answers, 'aa-1', 'seen in the call centre') ?? answers;
    answers = setAnswerValue(answers, 'aa-1', 'dk');
    expect(answers).toEqual({ 'aa-1': { value: 'dk', confidence: 'low', note: 'seen in the call centre' } });
    expect(setAnswerNote(answers, 'aa-1', '  ')).toEqual({ 'aa-1': { value: 'dk', confidence: 'low' } });
  });
});
