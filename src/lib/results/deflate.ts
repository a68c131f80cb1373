/**
 * deflate-raw through the standard CompressionStream / DecompressionStream (browsers and
 * Node ≥ 18). Both return null instead of throwing.
 */

export function compressionAvailable(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

function sourceOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly reason: 'unsupported' | 'corrupt' | 'too-large' };

/** Compresses bytes (deflate-raw); null when the browser lacks CompressionStream. */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!compressionAvailable()) return null;
  try {
    return await readAll(sourceOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
  } catch {
    return null;
  }
}

/** Decompresses deflate-raw bytes, stopping as soon as the output passes `maxBytes` (zip bombs). */
export async function inflateRaw(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<InflateResult> {
  if (!compressionAvailable()) return { ok: false, reason: 'unsupported' };
  try {
    const out = await readAll(sourceOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), maxBytes);
    return out ? { ok: true, bytes: out } : { ok: false, reason: 'too-large' };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

/** Reads a stream to the end; null (and the stream cancelled) once more than `maxBytes` arrived. */
async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}
