import { decodeFileBytes, MAX_RESULT_BYTES, type ImportFile } from './deps';

/**
 * Reads chosen or dropped files as text, decoded by their byte-order mark (UTF-8 without one) the
 * same way in every browser; oversized files are not read (their size alone gets them refused).
 */
export async function readFiles(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(
    files.map(async (file): Promise<ImportFile> => {
      try {
        if (file.size > MAX_RESULT_BYTES) return { name: file.name, text: '', byteLength: file.size };
        const decoded = decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
        return decoded.ok
          ? { name: file.name, text: decoded.value, byteLength: file.size }
          : { name: file.name, text: '', byteLength: file.size, error: decoded.error };
      } catch {
        return { name: file.name, text: '', byteLength: 0 };
      }
    }),
  );
}
