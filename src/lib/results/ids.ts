import { encodeBase64Url } from './base64url';

/** A random result id: 16 base64url characters (96 bits), from the standard Web Crypto API. */
export function randomResultId(getRandomValues: (array: Uint8Array<ArrayBuffer>) => Uint8Array = (array) => crypto.getRandomValues(array)): string {
  return encodeBase64Url(getRandomValues(new Uint8Array(12)));
}

/** The current time as an ISO 8601 string (the default clock of the store). */
export function isoNow(): string {
  return new Date().toISOString();
}
