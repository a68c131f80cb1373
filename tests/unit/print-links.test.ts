import { describe, expect, it } from 'vitest';
import { MAX_PRINTED_ADDRESS, citedAddress, pageAddress, printedLink } from '../../src/lib/print-links';

describe('printedLink', () => {
  const here = 'https://intranet.example/km/en/method/involvement-and-knowledge/#exercises';
  it('resolves against where the page was read, and prints short addresses in full', () => {
    expect(printedLink('/km/en/tools/segment-positioning/', here)).toEqual({
      url: 'https://intranet.example/km/en/tools/segment-positioning/',
      text: 'https://intranet.example/km/en/tools/segment-positioning/',
    });
  });
  it('keeps long addresses for the QR code only', () => {
    const long = `/km/en/tools/segment-positioning/#share=${'a'.repeat(600)}`;
    const p = printedLink(long, here)!;
    expect(p.url.length).toBeGreaterThan(MAX_PRINTED_ADDRESS);
    expect(p.text).toBeUndefined();
  });
  it('ignores what is not a web address', () => {
    expect(printedLink('mailto:a@b.c', here)).toBeUndefined();
    expect(printedLink('http://[bad', here)).toBeUndefined();
  });
});

it('the page address is the real location without its fragment', () => {
  expect(pageAddress('http://127.0.0.1:4403/en/method/x/#sec')).toBe('http://127.0.0.1:4403/en/method/x/');
});

it('a citation gives the address the page was read at, without query or fragment', () => {
  expect(citedAddress('https://formation.example.org/fr/methode/x/?utm_source=cours#section')).toBe('https://formation.example.org/fr/methode/x/');
  expect(citedAddress('http://127.0.0.1:4403/en/method/x/')).toBe('http://127.0.0.1:4403/en/method/x/');
});
