import type { ResultError, ResultErrorCode } from './errors';
import { isResultToolId, type ResultToolId, type ValuePath } from './types';
import { numberFormat } from '../intl';
import type { Translator } from '../translator';
import { clipText, DISPLAY_VALUE_MAX } from './zod-issues';

/**
 * The words the results layer's messages need; the results dictionaries in src/i18n have each of
 * them, and may add `name.<field id>` (a data field's name) and `link.<error code>` (the wording of
 * an error met in a share link).
 */
export type ResultsTextKey =
  | `tool.${ResultToolId}`
  | `err.${ResultErrorCode}`
  | `field.${EnvelopeField | 'root' | 'index' | 'separator'}`
  | `unit.${'kb' | 'mb'}`
  | 'ui.list.andMore'
  | `ui.moreErrors.${'one' | 'other'}`;

/** The results layer's words in the reader's language. */
export type ResultsText = Translator<ResultsTextKey>;

export function toolName(tool: ResultToolId, t: ResultsText): string {
  return t(`tool.${tool}`);
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
export function fieldLabel(path: ValuePath, t: ResultsText): string {
  if (path.length === 0) return t('field.root');
  const [head, ...rest] = path;
  if (head === 'data' && rest.length > 0) return joinPath(rest, t);
  if (isEnvelopeField(head) && rest.length === 0) return t(`field.${head}`);
  return joinPath(path, t);
}

/** A data field's name in the reader's language (the schema's id when the dictionary has none). */
function fieldName(part: string, t: ResultsText): string {
  return t.optional(`name.${part}`) ?? clipText(part, DISPLAY_VALUE_MAX);
}

function joinPath(path: ValuePath, t: ResultsText): string {
  const shown = path.length > MAX_PATH_PARTS ? [...path.slice(0, 2), '…', ...path.slice(-2)] : path;
  return shown
    .map((part) => (typeof part === 'number' ? t('field.index', { n: part + 1 }) : part === '…' ? part : fieldName(part, t)))
    .join(t('field.separator'));
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
export function formatBytes(bytes: number, t: ResultsText): string {
  const number = numberFormat(t.lang, { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return t('unit.mb', { n: number.format(bytes / (1024 * 1024)) });
  return t('unit.kb', { n: number.format(Math.max(bytes, 0) / 1024) });
}

/**
 * The localized message of an error. Errors stay language-neutral: tool ids and byte counts
 * in their params are localized here, and `{field}` comes from the error's path unless given.
 */
export function formatResultError(error: ResultError, t: ResultsText, source: ResultSource = 'file'): string {
  const { lang } = t;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.params)) {
    params[key] = typeof value === 'string' ? clipText(value, key === 'message' ? MESSAGE_MAX : PARAM_MAX) : value;
  }
  if (params['field'] === undefined) params['field'] = fieldLabel(error.path ?? [], t);
  const more = params['more'];
  if (typeof more === 'number' && more > 0) {
    const listKey = error.code === 'duplicate-ids' ? 'ids' : 'keys';
    params[listKey] = t('ui.list.andMore', { list: String(params[listKey] ?? ''), count: numberFormat(lang).format(more) });
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
      if (isResultToolId(value)) params[key] = toolName(value, t);
    }
  }
  if (error.code === 'file-too-large' || error.code === 'share-too-large') {
    for (const key of ['size', 'limit']) {
      const value = params[key];
      if (typeof value === 'number') params[key] = formatBytes(value, t);
    }
  }
  const linkWords = source === 'link' ? t.optional(`link.${error.code}`, params) : undefined;
  return clipText(linkWords ?? t(`err.${error.code}`, params), SUMMARY_MAX);
}

/** One message for a list of errors: the first one, then "… and N more problems". */
export function formatErrorSummary(errors: readonly ResultError[], t: ResultsText, source: ResultSource = 'file'): string {
  const [first] = errors;
  if (first === undefined) return '';
  const main = formatResultError(first, t, source);
  const more = errors.length - 1;
  if (more === 0) return main;
  const tail = t.plural(more, { one: 'ui.moreErrors.one', other: 'ui.moreErrors.other' }, { count: more });
  return `${main} ${tail}`;
}
