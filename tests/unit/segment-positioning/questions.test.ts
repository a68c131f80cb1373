/** Derived scores: mean of the answers given (0–4), × 10 ÷ 4, rounded to two decimals. */
import { describe, expect, it } from 'vitest';
import {
  completePosition,
  deriveAxisScore,
  derivePosition,
  QUESTION_AXES,
  QUESTION_IDS,
  questionsOf,
  zoneOf,
} from '../../../src/lib/segment-positioning/index';

describe('questions', () => {
  it('has three questions per axis', () => {
    expect(questionsOf('involvement')).toEqual(['inv-time', 'inv-interest', 'inv-after']);
    expect(questionsOf('knowledge')).toEqual(['kn-familiarity', 'kn-competence', 'kn-expertise']);
    expect(QUESTION_IDS.every((id) => QUESTION_AXES[id] === 'involvement' || QUESTION_AXES[id] === 'knowledge')).toBe(true);
  });
});

describe('deriveAxisScore', () => {
  it('rescales the mean of all answers', () => {
    // 3, 2, 4 → mean 3 → 3 ÷ 4 × 10 = 7.5
    expect(deriveAxisScore('involvement', { 'inv-time': 3, 'inv-interest': 2, 'inv-after': 4 })).toBe(7.5);
    // 0, 0, 0 → 0 ; 4, 4, 4 → 10
    expect(deriveAxisScore('knowledge', { 'kn-familiarity': 0, 'kn-competence': 0, 'kn-expertise': 0 })).toBe(0);
    expect(deriveAxisScore('knowledge', { 'kn-familiarity': 4, 'kn-competence': 4, 'kn-expertise': 4 })).toBe(10);
    // 1, 1, 2 → mean 4/3 → 40/12 = 3.333… → 3.33 (novice, just under 3.5)
    expect(deriveAxisScore('knowledge', { 'kn-familiarity': 1, 'kn-competence': 1, 'kn-expertise': 2 })).toBe(3.33);
    // 3, 3, 2 → mean 8/3 → 80/12 = 6.666… → 6.67 (intermediate, under 7)
    expect(deriveAxisScore('knowledge', { 'kn-familiarity': 3, 'kn-competence': 3, 'kn-expertise': 2 })).toBe(6.67);
    // 2, 2, 2 → mean 2 → 5 (exactly the involvement boundary: high)
    expect(deriveAxisScore('involvement', { 'inv-time': 2, 'inv-interest': 2, 'inv-after': 2 })).toBe(5);
  });

  it('uses only the answers given, and only those of its axis', () => {
    // one answer 1 → 2.5 ; two answers 1 and 2 → mean 1.5 → 3.75
    expect(deriveAxisScore('involvement', { 'inv-time': 1 })).toBe(2.5);
    expect(deriveAxisScore('involvement', { 'inv-time': 1, 'inv-after': 2, 'kn-expertise': 4 })).toBe(3.75);
  });

  it('is null when the axis has no valid answer', () => {
    expect(deriveAxisScore('knowledge', {})).toBeNull();
    expect(deriveAxisScore('knowledge', { 'inv-time': 4 })).toBeNull();
    expect(deriveAxisScore('knowledge', { 'kn-familiarity': 5, 'kn-competence': 1.5, 'kn-expertise': -1 })).toBeNull();
  });
});

describe('derivePosition', () => {
  it('derives both axes and counts the answers', () => {
    const derived = derivePosition({ 'inv-time': 4, 'inv-interest': 3, 'kn-competence': 2 });
    // involvement: 4, 3 → 3.5 → 8.75 ; knowledge: 2 → 5
    expect(derived).toEqual({ involvement: 8.75, knowledge: 5, answered: { involvement: 2, knowledge: 1 } });
    expect(completePosition(derived)).toEqual({ involvement: 8.75, knowledge: 5 });
    expect(zoneOf({ involvement: 8.75, knowledge: 5 })).toBe('high-intermediate');
  });
  it('is incomplete while an axis has no answer', () => {
    expect(completePosition(derivePosition({ 'inv-time': 4 }))).toBeNull();
  });
});
