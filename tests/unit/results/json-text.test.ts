import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError, parseJsonText, utf8Length } from '../../../src/lib/results/index';
import { utf16Unit } from './arbitraries';

/** Property tests run many cases; leave room on a slow, shared machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

describe('locateJsonError', () => {
  it('returns null for valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"]}')).toBeNull();
    expect(locateJsonError('  "just a string"  ')).toBeNull();
  });
  it('points at the first fault, 1-based line and column', () => {
    expect(locateJsonError('{\n  "a": 1,\n  "b" 2\n}')).toEqual({ line: 3, column: 7 });
    expect(locateJsonError('{"a": 1,}')).toEqual({ line: 1, column: 9 });
    expect(locateJsonError('[1, 2')).toEqual({ line: 1, column: 6 });
    expect(locateJsonError('{"a": tru}')).toEqual({ line: 1, column: 7 });
    expect(locateJsonError('{"a": "x\ny"}')).toEqual({ line: 1, column: 9 });
    expect(locateJsonError('{"a": "\\q"}')).toEqual({ line: 1, column: 9 });
    expect(locateJsonError('{} x')).toEqual({ line: 1, column: 4 });
    expect(locateJsonError("{'a': 1}")).toEqual({ line: 1, column: 2 });
    expect(locateJsonError('')).toEqual({ line: 1, column: 1 });
  });
  it('handles very deep nesting without overflowing the stack', () => {
    expect(locateJsonError('['.repeat(200_000))).toEqual({ line: 1, column: 200_001 });
  });
  it('agrees with JSON.parse on whether random text is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((s) => s.slice(0, -1))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('parseJsonText', () => {
  it('accepts a leading BOM', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
  it('reports empty files and invalid JSON with its position', () => {
    expect(parseJsonText('  \n ')).toEqual({ ok: false, error: { code: 'empty-file', params: {} } });
    expect(parseJsonText('{\n"a": 1,\n}')).toEqual({
      ok: false,
      error: { code: 'invalid-json', params: { line: 3, column: 1 } },
    });
  });
});

describe('utf8Length', () => {
  it('matches TextEncoder for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: utf16Unit, maxLength: 50 }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 300 },
    );
    expect(utf8Length('é€😀')).toBe(2 + 3 + 4);
  }, PROPERTY_TIMEOUT_MS);
});
