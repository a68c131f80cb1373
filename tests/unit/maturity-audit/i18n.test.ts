import { describe, expect, it } from 'vitest';
import { auditEn, auditFr, auditText } from '../../../src/i18n/tools/maturity-audit/index';

describe('maturity-audit dictionaries', () => {
  it('have the same keys, no blank string and the same placeholders in both languages', () => {
    expect(Object.keys(auditEn).sort()).toEqual(Object.keys(auditFr).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(auditFr) as (keyof typeof auditFr)[]) {
      expect(auditFr[key].trim(), key).not.toBe('');
      expect(auditEn[key].trim(), key).not.toBe('');
      expect(placeholders(auditEn[key]), key).toEqual(placeholders(auditFr[key]));
    }
  });

  it('say on the page that the stages are this site\'s reading, not a published scale', () => {
    expect(auditText('en')('page.method.reading')).toMatch(/this site’s reading of the method, not a scale published/);
    expect(auditText('fr')('page.method.reading')).toMatch(/lecture que propose ce site de la méthode, et non une échelle publiée/);
  });
});
