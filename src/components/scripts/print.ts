import { pageAddress, printedLink } from '../../lib/print-links';
import { qrImage } from '../qr-image';

/**
 * Printing a reading page: the address printed on it is where it was read (not the build's
 * default origin), and each link marked data-print-qr (worked scenarios, hundreds of characters
 * long) gets a QR code, with its address in full when it is short. The QR library (uqr, a few kB)
 * loads only on pages that have such links, once the page is idle, so the codes are there
 * however printing starts (the browser's menu included).
 */
export function initPrint() {
  const setAddress = () => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-page-address]')) el.textContent = pageAddress(location.href);
  };
  setAddress();
  addEventListener('beforeprint', setAddress);

  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-print-qr]')];
  if (links.length === 0) return;
  const draw = async () => {
    for (const a of links) {
      const printed = printedLink(a.getAttribute('href') ?? '', location.href);
      if (!printed) continue;
      const old = a.nextElementSibling;
      if (old?.classList.contains('print-qr')) old.remove();
      const box = document.createElement('span');
      box.className = 'print-qr';
      box.setAttribute('aria-hidden', 'true');
      const img = document.createElement('img');
      img.alt = '';
      img.dataset['qrUrl'] = printed.url;
      const qr = await qrImage(printed.url);
      img.src = qr.src;
      img.style.setProperty('--qr-size', qr.size);
      box.append(img);
      if (printed.text) {
        const text = document.createElement('span');
        text.className = 'print-qr-url';
        text.textContent = printed.text;
        box.append(text);
      }
      a.after(box);
    }
  };
  const idle = (window as Window & { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => void draw().catch(() => undefined));
}
