import { useEffect, useState } from 'react';
import { qrImage, type QrOptions } from '../qr-image';

interface Props {
  /** The address the code holds. */
  readonly url: string;
  /** Shown under the code: what scanning it does. */
  readonly caption: string;
  /** The address in full under the caption (for an address short enough to type). */
  readonly showUrl?: boolean | undefined;
  readonly options?: QrOptions | undefined;
}

/**
 * A QR code on screen, made in the browser with the site's one QR code (qr-image.ts, the library
 * loaded when a code is first drawn). Nothing is shown until it is drawn, or if drawing fails.
 */
export function QrCode({ url, caption, showUrl = false, options }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setSrc(null);
    qrImage(url, options)
      .then((qr) => {
        if (live) setSrc(qr.src);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [url, options]);

  if (!src) return null;
  return (
    <figure className="res-qr">
      <img src={src} alt="" data-qr-url={url} />
      <figcaption>
        {caption}
        {showUrl ? <span className="res-qr__url">{url}</span> : null}
      </figcaption>
    </figure>
  );
}
