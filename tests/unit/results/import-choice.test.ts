import { describe, expect, it } from 'vitest';
import { decideImport, distinctResults } from '../../../src/lib/results/index';

const r = (id: string, title = id) => ({ id, title });

describe('one import entry point: when to ask "separate or one team result"', () => {
  it('has nothing to do when no file was valid', () => {
    expect(decideImport([], true)).toEqual({ kind: 'none' });
  });

  it('opens a single result without asking', () => {
    expect(decideImport([r('a')], true)).toEqual({ kind: 'open', results: [r('a')] });
  });

  it('asks when a tool that can merge receives several different results', () => {
    const results = [r('a'), r('b'), r('c')];
    expect(decideImport(results, true)).toEqual({ kind: 'ask', results, respondents: 3 });
  });

  it('opens them separately, without asking, when the tool has no team merge', () => {
    const results = [r('a'), r('b'), r('c')];
    expect(decideImport(results, false)).toEqual({ kind: 'open', results });
  });

  it('counts the same result twice (a file and its copy) as one respondent, and does not ask for one', () => {
    expect(distinctResults([r('a'), r('b', 'other title'), r('a', 'copy')])).toBe(2);
    expect(decideImport([r('a'), r('a', 'copy')], true)).toEqual({ kind: 'open', results: [r('a'), r('a', 'copy')] });
    expect(decideImport([r('a'), r('b'), r('a')], true)).toMatchObject({ kind: 'ask', respondents: 2 });
  });
});
