import { describe, expect, it } from 'vitest';
import { countWords, readableText, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts words, keeping French elisions as one word', () => {
    expect(countWords('L’entreprise apprend du client.')).toBe(4);
    expect(countWords('co-production, 3 levels')).toBe(4);
    expect(countWords('')).toBe(0);
  });
  it('ignores imports, JSX tags and expressions', () => {
    const text = readableText('import X from "y";\n\nHello <Cite k="a" /> world {1 + 2}');
    expect(countWords(text)).toBe(2);
  });
  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(WORDS_PER_MINUTE * 5).fill('mot').join(' '))).toBe(5);
    expect(readingMinutes(Array(Math.round(WORDS_PER_MINUTE * 2.6)).fill('mot').join(' '))).toBe(3);
  });
});
