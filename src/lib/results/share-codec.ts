import { z } from 'zod/mini';
import { compactForShare } from './compact';
import { deflateRaw, inflateRaw } from './deflate';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import type { ResultEnvelope } from './envelope';
import { fail, ok, resultError, type Outcome } from './errors';
import type { AnyToolDefinition } from './tool-definition';
import { jsonTextDepth, MAX_NESTING_DEPTH } from './inspect';

/** Name of the fragment parameter holding a shared result: `#r=…`. */
export const SHARE_PARAM = 'r';
/** Version of the link encoding (compact JSON → deflate-raw → base64url). */
export const SHARE_CODEC_VERSION = 1;
/** Largest result accepted, as a file or once a share link is decompressed. */
export const MAX_RESULT_BYTES = 1024 * 1024;

/** The value of `r` in a location hash ("#r=1.abc", "r=1.abc", "#x=1&r=1.abc"), or null. */
export function readShareParam(fragment: string): string | null {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  for (const part of body.split('&')) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1);
  }
  return null;
}

/** Whether a location hash carries a shared result (cheap check, no decoding). */
export function hasShareFragment(fragment: string): boolean {
  return readShareParam(fragment) !== null;
}

/**
 * Encodes a result as a URL fragment, `#r=1.<base64url(deflate-raw(json))>`. The result
 * travels in the fragment, which browsers never send to a server. With the tool's definition,
 * empty data fields are left out when the data schema restores them identically.
 */
export async function encodeShareFragment(
  envelope: ResultEnvelope<unknown>,
  definition?: AnyToolDefinition,
): Promise<Outcome<string>> {
  const data = definition
    ? compactForShare(envelope.data, (compacted) => z.parse(definition.dataSchema, compacted))
    : envelope.data;
  const json = JSON.stringify({ ...envelope, data });
  const compressed = await deflateRaw(new TextEncoder().encode(json));
  if (!compressed) return fail(resultError('share-unsupported-browser'));
  return ok(`#${SHARE_PARAM}=${SHARE_CODEC_VERSION}.${encodeBase64Url(compressed)}`);
}

/**
 * Decodes a share fragment into the parsed JSON value (not yet validated: see
 * importShareFragment). Every failure is a typed error; this never throws.
 */
export async function decodeShareFragment(
  fragment: string,
  maxBytes: number = MAX_RESULT_BYTES,
): Promise<Outcome<unknown>> {
  const param = readShareParam(fragment);
  if (param === null || param === '') return fail(resultError('share-missing'));
  const match = /^(\d{1,6})\.([\s\S]*)$/.exec(param);
  if (!match) return fail(resultError('share-bad-encoding'));
  const [, version = '', payload = ''] = match;
  if (Number(version) !== SHARE_CODEC_VERSION) return fail(resultError('share-unsupported-codec', { version }));
  // Compressed data never needs more characters than the uncompressed limit would.
  const maxChars = Math.ceil((maxBytes * 4) / 3) + 16;
  if (payload.length > maxChars) return fail(resultError('share-link-too-long', { size: payload.length, limit: maxChars }));
  const bytes = decodeBase64Url(payload);
  if (!bytes || bytes.length === 0) return fail(resultError('share-bad-encoding'));
  const inflated = await inflateRaw(bytes, maxBytes);
  if (!inflated.ok) {
    if (inflated.reason === 'unsupported') return fail(resultError('share-unsupported-browser'));
    if (inflated.reason === 'too-large') return fail(resultError('share-too-large', { limit: maxBytes }));
    return fail(resultError('share-bad-compression'));
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    // Nesting is bounded before JSON.parse or any walk of the value (one linear pass).
    if (jsonTextDepth(text) > MAX_NESTING_DEPTH) return fail(resultError('too-deep', { max: MAX_NESTING_DEPTH }));
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail(resultError('share-bad-content'));
  }
}
