/**
 * A QR code as an image address (data: SVG, allowed by the CSP's img-src), made in the browser
 * with uqr, loaded only when a code is first needed. Shared by the reading pages' scenario links
 * (scripts/print.ts) and the tools' printed share links (results/PrintShareQr.tsx).
 */
export interface QrImage {
  /** data:image/svg+xml address of the code. */
  readonly src: string;
  /** Printed side, as a CSS length: a fixed size a module (border included), 2.5 cm at least. */
  readonly size: string;
}

export interface QrOptions {
  /** Error correction: 'M' by default; 'L' gives a smaller code for long links printed on clean paper. */
  readonly ecc?: 'L' | 'M';
  /** Printed size of a module, in cm (0.035 by default). */
  readonly moduleCm?: number;
}

const NEXT_LEVEL = { L: 'M', M: 'Q' } as const;

export async function qrImage(text: string, options: QrOptions = {}): Promise<QrImage> {
  return qrImageWith(await import('uqr'), text, options);
}

/** The same, synchronously, with the library already loaded (drawing inside a beforeprint handler). */
export function qrImageWith(uqr: typeof import('uqr'), text: string, { ecc = 'M', moduleCm = 0.035 }: QrOptions = {}): QrImage {
  const { encode, renderSVG } = uqr;
  // Version 23 codes from uqr do not decode (jsQR reads every other version, tests/e2e/print.spec.ts):
  // a link that would need one takes the next error-correction level, hence a larger version.
  let options: { ecc: 'L' | 'M' | 'Q'; border: number; pixelSize: number } = { ecc, border: 2, pixelSize: 4 };
  let code = encode(text, options);
  if (code.version === 23) {
    options = { ...options, ecc: NEXT_LEVEL[ecc] };
    code = encode(text, options);
  }
  return {
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, options))}`,
    size: `${Math.max(2.5, code.size * moduleCm).toFixed(2)}cm`,
  };
}
