import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, exportCsv, neutraliseText, toCsv } from '../../../src/lib/results/index';
import type { DemoData } from '../../../src/lib/results/demo-tool';
import { demoTool } from './demo-tool';
import { envelopeOf } from './fixtures';

describe('formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
  ])('neutralises a cell starting with a trigger: %j', (input, expected) => {
    expect(neutraliseText(input)).toBe(expected);
  });
  it('leaves other text alone, including triggers further in', () => {
    expect(neutraliseText('a=1')).toBe('a=1');
    expect(neutraliseText(' =1')).toBe(' =1');
    expect(neutraliseText("l'équipe")).toBe("l'équipe");
    expect(neutraliseText('')).toBe('');
  });
  it('keeps numeric cells as numbers (a negative number is not a formula), but neutralises numeric-looking strings', () => {
    expect(csvCell(-3, ',')).toBe('-3');
    expect(csvCell(-0.5, ',')).toBe('-0.5');
    expect(csvCell('-3', ',')).toBe("'-3");
  });
  it('quotes a neutralised cell that needs quoting', () => {
    expect(csvCell('=A1,B1', ',')).toBe(`"'=A1,B1"`);
    expect(csvCell('\r\nx', ',')).toBe(`"'\r\nx"`);
  });
});

describe('RFC 4180 quoting', () => {
  it('doubles quotes and wraps cells containing quotes, newlines or the delimiter', () => {
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
  });
  it('writes empty cells for null, undefined and non-finite numbers', () => {
    expect(csvCell(null, ',')).toBe('');
    expect(csvCell(undefined, ';')).toBe('');
    expect(csvCell(Number.NaN, ',')).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY, ',')).toBe('');
  });
});

describe('toCsv', () => {
  const table = {
    header: ['item', 'value', 'note'],
    rows: [
      ['km-3', 2.5, 'ok, "fine"'],
      ['=bad', -1, null],
    ],
  };
  it('comma variant: BOM, CRLF after every record, decimal point', () => {
    expect(toCsv(table, { delimiter: ',' })).toBe(
      `${CSV_BOM}item,value,note\r\nkm-3,2.5,"ok, ""fine"""\r\n'=bad,-1,\r\n`,
    );
  });
  it('semicolon variant: decimal comma for spreadsheets in French', () => {
    expect(toCsv(table, { delimiter: ';' })).toBe(`${CSV_BOM}item;value;note\r\nkm-3;2,5;"ok, ""fine"""\r\n'=bad;-1;\r\n`);
  });
  it('can leave out the BOM or keep the decimal point with semicolons', () => {
    expect(toCsv({ header: ['v'], rows: [[1.5]] }, { delimiter: ';', bom: false, decimalComma: false })).toBe('v\r\n1.5\r\n');
  });
  it('starts with the UTF-8 BOM bytes EF BB BF once encoded', () => {
    const bytes = new TextEncoder().encode(toCsv(table, { delimiter: ',' }));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('exportCsv with the demo tool', () => {
  it('writes one row per item with localized labels, neutralising hostile text', () => {
    const envelope = envelopeOf<DemoData>(
      demoTool,
      { answers: { clarity: 3, trust: 0 }, budget: 1200.5, comment: '=HYPERLINK("x")' },
      { title: '<img src=x onerror=alert(1)>', respondent: 'Zoé' },
    );
    const csv = exportCsv(envelope, demoTool, ';', 'fr');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('élément;libellé;valeur');
    expect(lines[1]).toBe('title;titre;<img src=x onerror=alert(1)>');
    expect(lines[2]).toBe('respondent;répondant;Zoé');
    expect(lines[3]).toBe('clarity;Nos clients comprennent ce que nous leur apprenons.;3');
    expect(lines[4]).toBe('reach;Nos contenus atteignent les clients impliqués.;');
    expect(lines[6]).toBe('budget;Budget de formation des clients;1200,5');
    expect(lines[7]).toBe(`comment;Commentaire;"'=HYPERLINK(""x"")"`);
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe('');
  });
});
