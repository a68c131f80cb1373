import type { CsvCell, CsvTable } from './tool-definition';

export type CsvDelimiter = ',' | ';';

export interface CsvOptions {
  readonly delimiter: CsvDelimiter;
  /** Start with a UTF-8 byte-order mark so spreadsheets detect the encoding (default true). */
  readonly bom?: boolean;
  /**
   * Write decimals with a comma (2,5). Defaults to true for the semicolon variant, which is the
   * one spreadsheets in French expect; the comma variant always uses a point.
   */
  readonly decimalComma?: boolean;
}

export const CSV_BOM = '\uFEFF';
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/**
 * Defends a text cell against formula injection (OWASP "CSV injection"): a cell starting with
 * = + - @ tab or carriage return is prefixed with a single quote, so spreadsheets show it as text.
 *
 * Choice: only strings are neutralised. Numeric cells (JS numbers) are written as numbers, so
 * -3 stays -3 and keeps working in sums; a number cannot carry a formula. A *string* "-3" is
 * neutralised like any other text, since the layer cannot tell it from "-1+cmd|…".
 */
export function neutraliseText(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}

function quoteIfNeeded(text: string, delimiter: CsvDelimiter): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text of one cell, neutralised and quoted (RFC 4180). */
export function csvCell(cell: CsvCell, delimiter: CsvDelimiter, decimalComma = delimiter === ';'): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = String(cell);
    return quoteIfNeeded(decimalComma ? text.replace('.', ',') : text, delimiter);
  }
  return quoteIfNeeded(neutraliseText(cell), delimiter);
}

/** A whole table as CSV: CRLF after every record (header included), BOM first unless disabled. */
export function toCsv(table: CsvTable, options: CsvOptions): string {
  const decimalComma = options.decimalComma ?? options.delimiter === ';';
  const line = (cells: readonly CsvCell[]): string =>
    cells.map((cell) => csvCell(cell, options.delimiter, decimalComma)).join(options.delimiter);
  const records = [line(table.header), ...table.rows.map(line)];
  return `${options.bom === false ? '' : CSV_BOM}${records.map((record) => `${record}\r\n`).join('')}`;
}
