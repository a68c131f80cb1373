import { citedAddress, pageAddress, printedLink } from '../../lib/print-links';
import { qrImageWith } from '../qr-image';

/**
 * Printing a reading page: the address printed on it is where it was read (not the build's
 * default origin), and each link marked data-print-qr (worked scenarios, hundreds of characters
 * long) gets a QR code, with its address in full when it is short. The QR library (uqr, a few kB)
 * loads only on pages that have such links, once the page is idle; the codes are drawn when printing
 * starts (beforeprint, or the print media query, so the browser's menu and print emulation alike),
 * synchronously, not at load: encoding a long link is tens of milliseconds of main-thread work a
 * reader who never prints should not pay (it showed as blocking time in Lighthouse).
 */
export function initPrint() {
  const setAddress = () => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-page-address]')) el.textContent = pageAddress(location.href);
    for (const el of document.querySelectorAll<HTMLElement>('[data-cite-url]')) el.textContent = citedAddress(location.href);
  };
  setAddress();
  addEventListener('beforeprint', setAddress);

  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-print-qr]')];
  if (links.length === 0) return;
  let uqr: typeof import('uqr') | null = null;
  let drawn = false;
  const draw = () => {
    if (!uqr || drawn) return;
    drawn = true;
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
      const qr = qrImageWith(uqr, printed.url);
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
  addEventListener('beforeprint', draw);
  const printMedia = matchMedia('print');
  printMedia.addEventListener('change', () => {
    if (printMedia.matches) draw();
  });
  const idle = (window as Window & { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => {
    import('uqr')
      .then((module) => {
        uqr = module;
        if (printMedia.matches) draw(); // printing began before the library arrived
      })
      .catch(() => undefined);
  });
}
