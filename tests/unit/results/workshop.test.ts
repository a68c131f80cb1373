import { describe, expect, it } from 'vitest';
import { parseWorkshopSince, resultsChangedSince, type ResultSummary } from '../../../src/lib/results/index';

const summary = (id: string, updatedAt: string, deletedAt?: string): ResultSummary => ({
  id,
  title: id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
  rev: 1,
  ...(deletedAt ? { deletedAt } : {}),
});

describe('workshop mode', () => {
  it('reads the stored start time, and treats anything else as "off"', () => {
    expect(parseWorkshopSince('2026-11-25T09:00:00.000Z')).toBe('2026-11-25T09:00:00.000Z');
    expect(parseWorkshopSince(null)).toBeNull();
    expect(parseWorkshopSince('on')).toBeNull();
    expect(parseWorkshopSince('')).toBeNull();
  });

  it('finds the results changed since the workshop began, in the bin too; older ones stay out', () => {
    const since = '2026-11-25T09:00:00.000Z';
    const summaries = [
      summary('trainer', '2026-11-25T08:59:59.999Z'),
      summary('at-start', since),
      summary('participant', '2026-11-25T09:10:00.000Z'),
      summary('binned', '2026-11-25T09:05:00.000Z', '2026-11-25T09:06:00.000Z'),
      summary('unreadable-date', 'not a date'),
    ];
    expect(resultsChangedSince(summaries, since)).toEqual(['at-start', 'participant', 'binned', 'unreadable-date']);
    expect(resultsChangedSince([], since)).toEqual([]);
  });
});
