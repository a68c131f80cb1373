import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';

/** Draws a QR image large on a canvas in the page and decodes it with jsQR. */
export async function decodeQr(page: Page, selector: string, index: number): Promise<string | undefined> {
  const b64 = await page.locator(selector).nth(index).evaluate(async (img: HTMLImageElement) => {
    const pic = new Image();
    pic.src = img.src;
    await pic.decode();
    // The SVG is drawn as vectors at this size (its own default size, 150 px, is too small to read).
    const side = 1200;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, side, side);
    ctx.drawImage(pic, 0, 0, side, side);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  const png = PNG.sync.read(Buffer.from(b64, 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
