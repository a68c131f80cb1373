import { describe, expect, it } from 'vitest';
import { NNBSP, frenchHtml, frenchText, frenchTypographyFaults, visibleText } from '../../src/lib/typography/french';

describe('French typography on a run of text', () => {
  it('puts a narrow no-break space before ; : ! ? in place of a plain or no-break space', () => {
    expect(frenchText('Pourquoi ? Parce que : voilà ; enfin !')).toBe(`Pourquoi${NNBSP}? Parce que${NNBSP}: voilà${NNBSP}; enfin${NNBSP}!`);
    expect(frenchText('Note\u00A0: oui')).toBe(`Note${NNBSP}: oui`);
    expect(frenchText('Note&nbsp;: oui')).toBe(`Note${NNBSP}: oui`);
  });
  it('adds the space before ; ! ? typed straight after a word', () => {
    expect(frenchText('Pourquoi? Voilà!')).toBe(`Pourquoi${NNBSP}? Voilà${NNBSP}!`);
    expect(frenchText('R&amp; D, &#233; ok')).toBe('R&amp; D, &#233; ok');
  });
  it('leaves signs inside addresses, times and ratios alone', () => {
    expect(frenchText('https://exemple.fr/?q=1 et 10:30')).toBe('https://exemple.fr/?q=1 et 10:30');
  });
  it('puts a narrow no-break space inside « », typed or not', () => {
    expect(frenchText('« coproduction »')).toBe(`«${NNBSP}coproduction${NNBSP}»`);
    expect(frenchText('«coproduction»')).toBe(`«${NNBSP}coproduction${NNBSP}»`);
  });
  it('is idempotent', () => {
    const once = frenchText('« Quoi ? » l\'idée : oui');
    expect(frenchText(once)).toBe(once);
  });
  it('turns a straight apostrophe between letters into ’', () => {
    expect(frenchText("l'offre d'aujourd'hui")).toBe('l’offre d’aujourd’hui');
    expect(frenchText('l&#39;offre')).toBe('l’offre');
  });
});

describe('French typography on a page', () => {
  const page = [
    '<html lang="fr"><head><style>a:hover { color: red; }</style></head><body>',
    '<p title="a : b">Une question ? <em>« oui »</em></p>',
    '<script>const x = a ? b : c;</script>',
    '<pre><code>a : b</code></pre>',
    '<astro-island props="{}"><p aria-label="x : y">Island : rendered by React</p></astro-island>',
    '</body></html>',
  ].join('');

  it('changes text and text attributes, never scripts, styles, code or islands', () => {
    const out = frenchHtml(page);
    expect(out).toContain(`Une question${NNBSP}? <em>«${NNBSP}oui${NNBSP}»</em>`);
    expect(out).toContain('a:hover { color: red; }');
    expect(out).toContain('const x = a ? b : c;');
    expect(out).toContain('<pre><code>a : b</code></pre>');
    expect(out).toContain(`<p title="a${NNBSP}: b">`);
    expect(out).toContain('<p aria-label="x : y">Island : rendered by React');
    expect(frenchHtml('<meta name="description" content="Quoi ? Ceci"><meta property="x" content="a : b">')).toBe(`<meta name="description" content="Quoi${NNBSP}? Ceci"><meta property="x" content="a : b">`);
  });
  it('reports what is wrong before, and nothing after', () => {
    expect(frenchTypographyFaults(page).length).toBeGreaterThan(0);
    expect(frenchTypographyFaults(frenchHtml(page))).toEqual([]);
  });
  it('reads the visible text, with or without islands', () => {
    expect(visibleText(page)).not.toContain('Island');
    expect(visibleText(page, { withIslands: true })).toContain('Island');
    expect(visibleText(page, { withIslands: true })).not.toContain('const x');
  });
});
