import { z } from 'zod/mini';
import { LANGS } from '../i18n-core';
import type { Lang, ResultToolId } from './types';

/** Marks a JSON document as a result of this site. */
export const RESULT_FORMAT = 'kmm-result';
/** Version of the envelope itself (the tools' data have their own `schemaVersion`). */
export const RESULT_FORMAT_VERSION = 1;
export const RESULT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const TITLE_MAX_LENGTH = 200;

/**
 * The one result shape shared by every tool. Only `data` belongs to the tool; it is keyed
 * by stable string ids (questions, items, segments), never by array positions.
 */
export interface ResultEnvelope<TData> {
  readonly format: typeof RESULT_FORMAT;
  readonly formatVersion: typeof RESULT_FORMAT_VERSION;
  readonly tool: ResultToolId;
  readonly schemaVersion: number;
  readonly id: string;
  readonly locale: Lang;
  readonly title: string;
  readonly respondent?: string | undefined;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly data: TData;
}

const isoDateTime = z.iso.datetime({ offset: true });

/** The envelope's own fields, for any tool (`tool` is the one tool's id, see envelopeSchema). Unknown fields are reported, never silently dropped. */
export const envelopeMetaShape = {
  format: z.literal(RESULT_FORMAT),
  formatVersion: z.literal(RESULT_FORMAT_VERSION),
  schemaVersion: z.int().check(z.gte(1)),
  id: z.string().check(z.regex(RESULT_ID_PATTERN)),
  locale: z.enum(LANGS),
  title: z.string().check(z.maxLength(TITLE_MAX_LENGTH)),
  respondent: z.optional(z.string().check(z.maxLength(TITLE_MAX_LENGTH))),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
} as const;

/** The full envelope schema of one tool, built around that tool's id and data schema. */
export function envelopeSchema<TData>(tool: ResultToolId, dataSchema: z.core.$ZodType<TData>): z.core.$ZodType<ResultEnvelope<TData>> {
  return z.strictObject({ ...envelopeMetaShape, tool: z.literal(tool), data: dataSchema }) as unknown as z.core.$ZodType<ResultEnvelope<TData>>;
}

export interface NewEnvelopeInput<TData> {
  readonly tool: ResultToolId;
  readonly schemaVersion: number;
  readonly data: TData;
  readonly lang: Lang;
  readonly id: string;
  readonly now: string;
  readonly title?: string | undefined;
  readonly respondent?: string | undefined;
}

/** A fresh envelope; the caller supplies the id and the current time (both injected). */
export function makeEnvelope<TData>(input: NewEnvelopeInput<TData>): ResultEnvelope<TData> {
  const respondent = input.respondent?.trim();
  return {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    tool: input.tool,
    schemaVersion: input.schemaVersion,
    id: input.id,
    locale: input.lang,
    title: (input.title ?? '').slice(0, TITLE_MAX_LENGTH),
    ...(respondent ? { respondent: respondent.slice(0, TITLE_MAX_LENGTH) } : {}),
    createdAt: input.now,
    updatedAt: input.now,
    data: input.data,
  };
}

/** The same result as a new one: fresh id and dates, so it never overwrites the original. */
export function asNewResult<TData>(
  envelope: ResultEnvelope<TData>,
  id: string,
  now: string,
  title: string = envelope.title,
): ResultEnvelope<TData> {
  return { ...envelope, id, title: title.slice(0, TITLE_MAX_LENGTH), createdAt: now, updatedAt: now };
}
