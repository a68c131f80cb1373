import { describe, expect, it } from 'vitest';
import { isPrintState, nextPrintState, NOT_PRINTING, type PrintSignal } from '../../../src/components/charts/print-state';

const after = (signals: readonly PrintSignal[]) => signals.reduce(nextPrintState, NOT_PRINTING);

describe('print state (when charts draw in paper colours)', () => {
  it('starts printing on either signal: the beforeprint event or the print media query', () => {
    expect(isPrintState(after([]))).toBe(false);
    expect(isPrintState(after(['beforeprint']))).toBe(true);
    expect(isPrintState(after(['media-print']))).toBe(true);
  });

  it('ends only when neither holds, in whichever order they end', () => {
    expect(isPrintState(after(['beforeprint', 'media-print', 'afterprint']))).toBe(true);
    expect(isPrintState(after(['beforeprint', 'media-print', 'afterprint', 'media-screen']))).toBe(false);
    expect(isPrintState(after(['media-print', 'beforeprint', 'media-screen']))).toBe(true);
    expect(isPrintState(after(['media-print', 'beforeprint', 'media-screen', 'afterprint']))).toBe(false);
  });

  it('print emulation (media only) ends with the media query, whatever events come between', () => {
    expect(isPrintState(after(['media-print', 'beforeprint', 'afterprint']))).toBe(true);
    expect(isPrintState(after(['media-print', 'media-screen']))).toBe(false);
  });
});
