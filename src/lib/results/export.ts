import { toCsv, type CsvDelimiter } from './csv';
import type { ResultEnvelope } from './envelope';
import { resultFileName } from './file-names';
import type { ToolDefinition } from './tool-definition';
import type { Lang } from './types';

/** The result as a re-importable JSON document, pretty-printed with 2 spaces and a final newline. */
export function exportJson(envelope: ResultEnvelope<unknown>): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** The tool's table (one row per item) as CSV with a BOM and CRLF line ends. */
export function exportCsv<TData>(
  envelope: ResultEnvelope<TData>,
  definition: ToolDefinition<TData>,
  delimiter: CsvDelimiter,
  lang: Lang,
): string {
  return toCsv(definition.csvRows(envelope, lang), { delimiter });
}

export type ExportKind = 'json' | 'csv-comma' | 'csv-semicolon';

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly content: string;
}

/** Everything a download needs for one export kind: name, MIME type and content. */
export function exportFile<TData>(
  envelope: ResultEnvelope<TData>,
  definition: ToolDefinition<TData>,
  kind: ExportKind,
  lang: Lang,
  date?: string,
): ExportedFile {
  const options = date === undefined ? {} : { date };
  if (kind === 'json') {
    return {
      fileName: resultFileName(envelope, 'json', options),
      mimeType: 'application/json',
      content: exportJson(envelope),
    };
  }
  const delimiter = kind === 'csv-comma' ? ',' : ';';
  return {
    fileName: resultFileName(envelope, 'csv', options),
    mimeType: 'text/csv;charset=utf-8',
    content: exportCsv(envelope, definition, delimiter, lang),
  };
}
