/**
 * A canvas as a PNG Blob on a white background (charts are often drawn on a transparent
 * canvas, which looks black or invisible once saved and opened elsewhere).
 */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob | null> {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, copy.width, copy.height);
  context.drawImage(canvas, 0, 0);
  return new Promise((resolve) => {
    try {
      copy.toBlob((blob) => resolve(blob), 'image/png');
    } catch {
      resolve(null); // a tainted canvas cannot be exported
    }
  });
}
