import { resultsDict, type ResultsKey } from '../../i18n/results/index';
import type { ResultError } from './errors';
import { format, type FormatParams } from '../format';
import { isResultToolId, type Lang, type ResultToolId, type ValuePath } from './types';
import { numberFormat } from '../intl';
import { clipText, DISPLAY_VALUE_MAX } from './zod-issues';

/** A dictionary string of the results layer, with its placeholders filled. */
export function t(lang: Lang, key: ResultsKey, params?: FormatParams): string {
  return format(resultsDict(lang)[key], params);
}

export function toolName(tool: ResultToolId, lang: Lang): string {
  return t(lang, `tool.${tool}`);
}

const ENVELOPE_FIELDS = [
  'id',
  'format',
  'formatVersion',
  'tool',
  'schemaVersion',
  'locale',
  'title',
  'respondent',
  'createdAt',
  'updatedAt',
  'data',
] as const;
type EnvelopeField = (typeof ENVELOPE_FIELDS)[number];

function isEnvelopeField(value: unknown): value is EnvelopeField {
  return typeof value === 'string' && (ENVELOPE_FIELDS as readonly string[]).includes(value);
}

/**
 * Renders a path for people: envelope fields by their names, data fields by their ids
 * (the `data` prefix is dropped), array positions counted from 1.
 * ['data', 'segments', 0, 'size'] → "segments › #1 › size".
 */
export function fieldLabel(path: ValuePath, lang: Lang): string {
  if (path.length === 0) return t(lang, 'field.root');
  const [head, ...rest] = path;
  if (head === 'data' && rest.length > 0) return joinPath(rest, lang);
  if (isEnvelopeField(head) && rest.length === 0) return t(lang, `field.${head}`);
  return joinPath(path, lang);
}

/** A data field's name in the reader's language (the schema's id when the dictionary has none). */
function fieldName(part: string, lang: Lang): string {
  const dict: Readonly<Record<string, string>> = resultsDict(lang);
  const key = `name.${part}`;
  return Object.hasOwn(dict, key) ? (dict[key] as string) : clipText(part, DISPLAY_VALUE_MAX);
}

function joinPath(path: ValuePath, lang: Lang): string {
  const shown = path.length > MAX_PATH_PARTS ? [...path.slice(0, 2), '…', ...path.slice(-2)] : path;
  return shown
    .map((part) => (typeof part === 'number' ? t(lang, 'field.index', { n: part + 1 }) : part === '…' ? part : fieldName(part, lang)))
    .join(t(lang, 'field.separator'));
}

/** A path longer than this is shown by its first two and last two parts. */
const MAX_PATH_PARTS = 6;
/** Longest text a placeholder may bring into a message (a tool's own message: MESSAGE_MAX). */
const PARAM_MAX = 120;
const MESSAGE_MAX = 300;
/** Longest message shown or announced, whatever the error. */
export const SUMMARY_MAX = 600;

/** Where what is read came from: the words differ ("This file…", "This link…"). */
export type ResultSource = 'file' | 'link';

/** Byte sizes for messages: "1 Mo" / "1 MB", "512 Ko" / "512 KB", with the language's decimal mark. */
export function formatBytes(bytes: number, lang: Lang): string {
  const number = numberFormat(lang, { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return t(lang, 'unit.mb', { n: number.format(bytes / (1024 * 1024)) });
  return t(lang, 'unit.kb', { n: number.format(Math.max(bytes, 0) / 1024) });
}

/**
 * The localized message of an error. Errors stay language-neutral: tool ids and byte counts
 * in their params are localized here, and `{field}` comes from the error's path unless given.
 */
export function formatResultError(error: ResultError, lang: Lang, source: ResultSource = 'file'): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.params)) {
    params[key] = typeof value === 'string' ? clipText(value, key === 'message' ? MESSAGE_MAX : PARAM_MAX) : value;
  }
  if (params['field'] === undefined) params['field'] = fieldLabel(error.path ?? [], lang);
  const more = params['more'];
  if (typeof more === 'number' && more > 0) {
    const listKey = error.code === 'duplicate-ids' ? 'ids' : 'keys';
    params[listKey] = t(lang, 'ui.list.andMore', { list: String(params[listKey] ?? ''), count: numberFormat(lang).format(more) });
  }
  for (const key of ['count', 'max', 'size', 'limit'] as const) {
    const value = params[key];
    if (typeof value === 'number' && error.code !== 'file-too-large' && error.code !== 'share-too-large') {
      params[key] = numberFormat(lang).format(value);
    }
  }
  if (error.code === 'wrong-tool') {
    for (const key of ['found', 'expected']) {
      const value = params[key];
      if (isResultToolId(value)) params[key] = toolName(value, lang);
    }
  }
  if (error.code === 'file-too-large' || error.code === 'share-too-large') {
    for (const key of ['size', 'limit']) {
      const value = params[key];
      if (typeof value === 'number') params[key] = formatBytes(value, lang);
    }
  }
  const linkKey = `link.${error.code}`;
  const dict = resultsDict(lang);
  if (source === 'link' && Object.hasOwn(dict, linkKey)) return clipText(t(lang, linkKey as ResultsKey, params), SUMMARY_MAX);
  return clipText(t(lang, `err.${error.code}`, params), SUMMARY_MAX);
}

/** One message for a list of errors: the first one, then "… and N more problems". */
export function formatErrorSummary(errors: readonly ResultError[], lang: Lang, source: ResultSource = 'file'): string {
  const [first] = errors;
  if (first === undefined) return '';
  const main = formatResultError(first, lang, source);
  const more = errors.length - 1;
  if (more === 0) return main;
  const tail = more === 1 ? t(lang, 'ui.moreErrors.one') : t(lang, 'ui.moreErrors.other', { count: more });
  return `${main} ${tail}`;
}
