import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from '../../src/lib/intl';

describe('shared Intl formatters', () => {
  it('give the same formatter for the same locale and options, another for other ones', () => {
    const a = dateFormat('fr', { dateStyle: 'medium' });
    expect(dateFormat('fr', { dateStyle: 'medium' })).toBe(a);
    expect(dateFormat('en', { dateStyle: 'medium' })).not.toBe(a);
    expect(dateFormat('fr', { dateStyle: 'long' })).not.toBe(a);
    expect(numberFormat('fr')).toBe(numberFormat('fr', {}));
    expect(numberFormat('fr', { maximumFractionDigits: 2 })).not.toBe(numberFormat('fr'));
  });
  it('format in the locale asked for', () => {
    const day = new Date('2026-03-05T12:00:00Z');
    expect(dateFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(day)).toBe('5 mars 2026');
    expect(dateFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(day)).toBe('March 5, 2026');
    expect(numberFormat('fr', { maximumFractionDigits: 1 }).format(2.25)).toBe('2,3');
    expect(numberFormat('en', { maximumFractionDigits: 1 }).format(2.25)).toBe('2.3');
  });
});
