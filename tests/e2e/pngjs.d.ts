/** The one part of pngjs (no types of its own) that tests/e2e/print.spec.ts uses to read a PNG for jsQR. */
declare module 'pngjs' {
  export const PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } };
}
