import { describe, expect, it } from 'vitest';
import { createTranslator, plural } from '../../src/lib/translator';

const fr = { 'n.one': '{n} segment placé', 'n.other': '{n} segments placés', hello: 'Bonjour {name} {missing}' } as const;
const en = { 'n.one': '{n} segment placed', 'n.other': '{n} segments placed', hello: 'Hello {name} {missing}' } as const;

describe('plural', () => {
  it('reads 0 and 1 as singular in French, only 1 in English', () => {
    expect([0, 1, 1.5, 2, 10].map((n) => plural('fr', n))).toEqual(['one', 'one', 'one', 'other', 'other']);
    expect([0, 1, 1.5, 2, 10].map((n) => plural('en', n))).toEqual(['other', 'one', 'other', 'other', 'other']);
  });
});

describe('createTranslator', () => {
  const tFr = createTranslator('fr', fr);
  const tEn = createTranslator('en', en);

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(tEn('hello', { name: 'Ada' })).toBe('Hello Ada {missing}');
    expect(tFr.lang).toBe('fr');
  });

  it('chooses the plural form by the language and fills {n}', () => {
    const forms = { one: 'n.one', other: 'n.other' } as const;
    expect(tFr.plural(0, forms)).toBe('0 segment placé');
    expect(tEn.plural(0, forms)).toBe('0 segments placed');
    expect(tEn.plural(1, forms)).toBe('1 segment placed');
    expect(tFr.plural(3, forms)).toBe('3 segments placés');
  });

  it('answers undefined for a key made from data that the dictionary lacks', () => {
    expect(tEn.optional('hello', { name: 'Bo' })).toBe('Hello Bo {missing}');
    expect(tEn.optional('nope')).toBeUndefined();
    expect(tEn.optional('toString')).toBeUndefined();
  });
});
