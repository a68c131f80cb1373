import { MAX_RESULT_BYTES, type ImportFile } from './deps';

/** Reads chosen or dropped files as text; oversized files are not read (their size alone gets them refused). */
export async function readFiles(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        const text = file.size > MAX_RESULT_BYTES ? '' : await file.text();
        return { name: file.name, text, byteLength: file.size };
      } catch {
        return { name: file.name, text: '', byteLength: 0 };
      }
    }),
  );
}
