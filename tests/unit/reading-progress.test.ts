import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_PROGRESS,
  continueTarget,
  countRead,
  isRead,
  parseProgress,
  recordSection,
  recordVisit,
  serializeProgress,
  toggleRead,
  type Progress,
} from '../../src/lib/reading-progress';

const known = new Set(['intro', 'participation', 'communities']);

describe('parseProgress', () => {
  it('reads what serializeProgress wrote', () => {
    const p: Progress = { read: ['participation', 'intro'], last: { key: 'communities', lang: 'en', section: 'why-it-matters' } };
    expect(parseProgress(serializeProgress(p), known)).toEqual(p);
  });

  it('gives empty progress for nothing, bad JSON or a foreign shape', () => {
    for (const raw of [null, undefined, '', '{', 'null', '42', '"text"', '[]', '{}', '{"v":2,"read":["intro"]}', '{"read":["intro"]}']) {
      expect(parseProgress(raw, known), String(raw)).toEqual(EMPTY_PROGRESS);
    }
  });

  it('drops unknown, duplicate and non-string chapter keys, keeping the rest', () => {
    const raw = JSON.stringify({ v: 1, read: ['intro', 'removed-chapter', 3, null, 'intro', { k: 1 }, 'communities'] });
    expect(parseProgress(raw, known).read).toEqual(['intro', 'communities']);
    expect(parseProgress(JSON.stringify({ v: 1, read: 'intro' }), known).read).toEqual([]);
  });

  it('keeps a valid last visit and drops a bad one or a bad section', () => {
    const parse = (last: unknown) => parseProgress(JSON.stringify({ v: 1, read: [], last }), known).last;
    expect(parse({ key: 'intro', lang: 'fr' })).toEqual({ key: 'intro', lang: 'fr' });
    expect(parse({ key: 'intro', lang: 'de' })).toBeUndefined();
    expect(parse({ key: 'gone', lang: 'fr' })).toBeUndefined();
    expect(parse('intro')).toBeUndefined();
    expect(parse({ key: 'intro', lang: 'fr', section: 'a-b-2' })).toEqual({ key: 'intro', lang: 'fr', section: 'a-b-2' });
    expect(parse({ key: 'intro', lang: 'fr', section: '"><img src=x>' })).toEqual({ key: 'intro', lang: 'fr' });
    expect(parse({ key: 'intro', lang: 'fr', section: 'x'.repeat(500) })).toEqual({ key: 'intro', lang: 'fr' });
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ v: 1, read: v, last: v }))), (raw) => {
        const p = parseProgress(raw, known);
        expect(p.read.every((k) => known.has(k))).toBe(true);
      }),
    );
  });
});

describe('changing progress', () => {
  it('toggles a chapter, or sets it explicitly, without duplicates', () => {
    let p = toggleRead(EMPTY_PROGRESS, 'intro');
    expect(isRead(p, 'intro')).toBe(true);
    p = toggleRead(p, 'intro', true);
    expect(p.read).toEqual(['intro']);
    p = toggleRead(p, 'intro');
    expect(isRead(p, 'intro')).toBe(false);
    expect(toggleRead(p, 'intro', false).read).toEqual([]);
  });

  it('does not modify the progress it is given', () => {
    const p: Progress = { read: ['intro'] };
    toggleRead(p, 'participation');
    recordVisit(p, 'intro', 'fr');
    expect(p).toEqual({ read: ['intro'] });
  });

  it('counts only the chapters of this build', () => {
    expect(countRead({ read: ['intro', 'communities'] }, ['intro', 'participation'])).toBe(1);
  });

  it('records the last chapter, keeping its section only while reading it in the same language', () => {
    let p = recordVisit(EMPTY_PROGRESS, 'intro', 'fr');
    p = recordSection(p, 'intro', 'fr', 'le-client');
    expect(p.last).toEqual({ key: 'intro', lang: 'fr', section: 'le-client' });
    expect(recordVisit(p, 'intro', 'fr').last).toEqual({ key: 'intro', lang: 'fr', section: 'le-client' });
    expect(recordVisit(p, 'intro', 'en').last).toEqual({ key: 'intro', lang: 'en' });
    expect(recordSection(p, 'participation', 'fr', 'x')).toBe(p);
    expect(recordSection(p, 'intro', 'fr', undefined).last).toEqual({ key: 'intro', lang: 'fr' });
  });
});

describe('continueTarget', () => {
  const chaptersEn = { intro: { title: 'Knowledge marketing', href: '/en/method/knowledge-marketing/' } };

  it('is undefined without a last chapter, or for a chapter this page does not list', () => {
    expect(continueTarget(EMPTY_PROGRESS, 'en', chaptersEn)).toBeUndefined();
    expect(continueTarget({ read: [], last: { key: 'participation', lang: 'en' } }, 'en', chaptersEn)).toBeUndefined();
    expect(continueTarget({ read: [], last: { key: 'toString', lang: 'en' } }, 'en', chaptersEn)).toBeUndefined();
  });

  it('takes the title and address from the page, the section only in the same language', () => {
    expect(continueTarget({ read: [], last: { key: 'intro', lang: 'en', section: 'the-idea' } }, 'en', chaptersEn)).toEqual({
      key: 'intro',
      title: 'Knowledge marketing',
      href: '/en/method/knowledge-marketing/#the-idea',
    });
    expect(continueTarget({ read: [], last: { key: 'intro', lang: 'fr', section: 'l-idee' } }, 'en', chaptersEn)?.href).toBe(
      '/en/method/knowledge-marketing/',
    );
  });
});

describe('continueTarget once the last chapter is read', () => {
  const chapters = {
    intro: { title: 'Intro', href: '/en/intro/' },
    participation: { title: 'Participation', href: '/en/participation/' },
    communities: { title: 'Communities', href: '/en/communities/' },
  };
  it('leads to the next unread chapter in reading order, without the old section', () => {
    expect(continueTarget({ read: ['intro'], last: { key: 'intro', lang: 'en', section: 'the-idea' } }, 'en', chapters)).toEqual({
      key: 'participation', title: 'Participation', href: '/en/participation/',
    });
    expect(continueTarget({ read: ['intro', 'participation'], last: { key: 'intro', lang: 'en' } }, 'en', chapters)?.key).toBe('communities');
  });
  it('goes back to the first unread chapter when none is left after it, and stops when all are read', () => {
    expect(continueTarget({ read: ['communities'], last: { key: 'communities', lang: 'en' } }, 'en', chapters)?.key).toBe('intro');
    expect(continueTarget({ read: ['intro', 'participation', 'communities'], last: { key: 'participation', lang: 'fr' } }, 'en', chapters)).toBeUndefined();
  });
  it('keeps the last chapter while it is not read, even when others are', () => {
    expect(continueTarget({ read: ['participation'], last: { key: 'intro', lang: 'en', section: 'x' } }, 'en', chapters)?.href).toBe('/en/intro/#x');
  });
});
