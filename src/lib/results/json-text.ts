import { fail, ok, resultError, type Outcome } from './errors';

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

/** Parses the text of a results file (a leading BOM is allowed). Never throws. */
export function parseJsonText(text: string): Outcome<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(resultError('empty-file'));
  try {
    return ok(JSON.parse(body) as unknown);
  } catch {
    const where = locateJsonError(body);
    if (!where) return fail(resultError('not-results-file'));
    return fail(resultError('invalid-json', { line: where.line, column: where.column }));
  }
}
