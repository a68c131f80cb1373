import { fail, ok, resultError, type Outcome } from './errors';
import { jsonTextDepth, MAX_NESTING_DEPTH } from './inspect';

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

function positionAt(text: string, index: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Index just after the string starting at `start` (a quote), or -(index of the fault) - 1. */
function scanString(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (code === 34) return j + 1;
    if (code < 0x20) return -j - 1;
    if (code === 92) {
      const next = text[j + 1];
      if (next !== undefined && '"\\/bfnrt'.includes(next)) j += 2;
      else if (next === 'u' && HEX4.test(text.slice(j + 2, j + 6))) j += 6;
      else return -(j + 1) - 1;
    } else {
      j += 1;
    }
  }
  return -text.length - 1;
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

/**
 * Where the first JSON syntax error is (1-based line and column), or null if the text is
 * valid JSON. Iterative, so deeply nested input cannot overflow the stack. Engines word
 * their JSON.parse errors differently; this gives the same position in every browser.
 */
export function locateJsonError(text: string): TextPosition | null {
  const stack: ('[' | '{')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length > 0 ? 'commaOrClose' : 'end');
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
    if (i >= text.length) return expect === 'end' ? null : positionAt(text, i);
    const c = text.charAt(i);
    switch (expect) {
      case 'end':
        return positionAt(text, i);
      case 'colon':
        if (c !== ':') return positionAt(text, i);
        i += 1;
        expect = 'value';
        break;
      case 'commaOrClose': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          i += 1;
          expect = top === '{' ? 'key' : 'value';
        } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else {
          return positionAt(text, i);
        }
        break;
      }
      case 'key':
      case 'keyOrClose': {
        if (expect === 'keyOrClose' && c === '}') {
          stack.pop();
          i += 1;
          expect = afterValue();
          break;
        }
        if (c !== '"') return positionAt(text, i);
        const end = scanString(text, i);
        if (end < 0) return positionAt(text, -end - 1);
        i = end;
        expect = 'colon';
        break;
      }
      case 'value':
      case 'valueOrClose': {
        if (expect === 'valueOrClose' && c === ']') {
          stack.pop();
          i += 1;
          expect = afterValue();
          break;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i += 1;
          expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
          break;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return positionAt(text, -end - 1);
          i = end;
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (!match) return positionAt(text, i);
          i += match[0].length;
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          if (!literal) return positionAt(text, i);
          i += literal.length;
        }
        expect = afterValue();
        break;
      }
    }
  }
}

/** Number of bytes of a string once encoded as UTF-8 (lone surrogates count as 3, like TextEncoder's U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else {
        bytes += 3;
      }
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Parses the text of a results file (a leading BOM is allowed). Never throws. Text nested deeper
 * than any result is refused before JSON.parse sees it (one linear pass).
 */
export function parseJsonText(text: string): Outcome<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(resultError('empty-file'));
  if (jsonTextDepth(body) > MAX_NESTING_DEPTH) return fail(resultError('too-deep', { max: MAX_NESTING_DEPTH }));
  try {
    return ok(JSON.parse(body) as unknown);
  } catch {
    const where = locateJsonError(body);
    if (!where) return fail(resultError('not-results-file'));
    return fail(resultError('invalid-json', { line: where.line, column: where.column }));
  }
}

/**
 * The text of a file's bytes. A byte-order mark decides the encoding (UTF-8, UTF-16 LE or BE), the
 * same in every browser; without one the bytes must be UTF-8. UTF-16 without a mark (every other
 * byte zero in the first bytes of a JSON text) and invalid UTF-8 are refused with a word on the
 * encoding rather than read as garbage.
 */
export function decodeFileBytes(bytes: Uint8Array): Outcome<string> {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  let encoding = 'utf-8';
  let start = 0;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) start = 3;
  else if (b0 === 0xff && b1 === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (b0 === 0xfe && b1 === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (looksLikeUtf16(bytes)) return fail(resultError('wrong-encoding'));
  try {
    return ok(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)));
  } catch {
    return fail(resultError('wrong-encoding'));
  }
}

/** UTF-16 without a BOM: in the first bytes, zero bytes at every even or every odd position. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 64) & ~1;
  if (sample < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  return evenZeros === pairs || oddZeros === pairs;
}
