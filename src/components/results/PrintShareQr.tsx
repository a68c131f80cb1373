import { useEffect, useState } from 'react';
import { printedLink } from '../../lib/print-links';
import { qrImage, type QrImage } from '../qr-image';
import { urlWithFragment } from './browser';
import { encodeShareFragment, t, type Lang, type ResultEnvelope, type ToolDefinition } from './deps';

interface Props<TData> {
  readonly lang: Lang;
  readonly envelope: ResultEnvelope<TData>;
  readonly tool: ToolDefinition<TData>;
}

/**
 * Share links run to a thousand characters or more: low error correction and 0.26 mm modules keep
 * the code near 3 cm (a planner summary stays on one page), still read by a phone held close.
 */
export const SHARE_QR = { ecc: 'L', moduleCm: 0.026 } as const;

/** Time the result must stay unchanged before its code is redrawn (typing stays light). */
const SETTLE_MS = 400;

interface Drawn extends QrImage {
  readonly url: string;
  readonly text?: string | undefined;
}

/**
 * On paper only: a QR code of the result's share link (the same link as "Copy share link"), so a
 * printout leads back to the result, read-only; the address in full only when it is short enough
 * to type. Drawn in the browser shortly after each change, so it is there however printing starts.
 */
export function PrintShareQr<TData>({ lang, envelope, tool }: Props<TData>) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      void (async () => {
        const encoded = await encodeShareFragment(envelope, tool);
        if (!live || !encoded.ok) return;
        const printed = printedLink(urlWithFragment(encoded.value), window.location.href);
        if (!printed) return;
        const qr = await qrImage(printed.url, SHARE_QR);
        if (live) setDrawn({ ...qr, url: printed.url, text: printed.text });
      })().catch(() => undefined);
    }, SETTLE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [envelope, tool]);

  if (!drawn) return null;
  return (
    <div className="res-print-qr" aria-hidden="true">
      <img src={drawn.src} alt="" data-qr-url={drawn.url} style={{ ['--qr-size' as string]: drawn.size }} />
      <p>
        {t(lang, 'ui.print.qr')}
        {drawn.text ? <span className="res-print-qr__url">{drawn.text}</span> : null}
      </p>
    </div>
  );
}
