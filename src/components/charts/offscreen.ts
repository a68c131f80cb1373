/**
 * Charts drawn off screen, for the PNG export: Chart.js's BasicPlatform draws on a canvas that is not
 * in the page, without animation, at a fixed size; the pixels are copied onto a white image (a
 * transparent PNG looks black or empty once opened elsewhere), with room above and below for what the
 * tool draws itself (a title, a legend).
 *
 * One cleanup rule: an off-screen chart lives only inside the call that draws it. It is destroyed as
 * soon as its pixels are copied, or as soon as drawing fails; nothing waits for a timer or for the
 * next export.
 */
import { BasicPlatform, Chart, type ChartConfiguration, type ChartType, type DefaultDataPoint } from 'chart.js';

export interface Destroyable {
  destroy(): void;
}

/** Runs `use` on what `create` makes and destroys it before returning, whatever happens; null if either throws. */
export function withTemporary<T extends Destroyable, R>(create: () => T, use: (made: T) => R): R | null {
  let made: T | null = null;
  try {
    made = create();
    return use(made);
  } catch {
    return null;
  } finally {
    made?.destroy();
  }
}

export interface ImageFrame {
  /** Height (px of the image) kept above the chart. */
  readonly top: number;
  /** Height (px of the image) kept below the chart. */
  readonly bottom: number;
  /** Draws in the space kept, once the chart is copied in. */
  readonly draw: (context: CanvasRenderingContext2D, layout: { readonly width: number; readonly chartHeight: number }) => void;
}

/** The chart of `config` drawn at `size` (CSS px; the image is larger by the config's devicePixelRatio). */
export function renderChartImage<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
  config: ChartConfiguration<TType, TData, TLabel>,
  size: { readonly width: number; readonly height: number },
  frame?: ImageFrame,
): HTMLCanvasElement | null {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const options = { ...config.options, responsive: false, animation: false } as typeof config.options;
  const fixed = { ...config, options, platform: BasicPlatform };
  return withTemporary(
    () => new Chart<TType, TData, TLabel>(canvas, fixed),
    () => {
      const top = frame?.top ?? 0;
      const image = document.createElement('canvas');
      image.width = canvas.width;
      image.height = top + canvas.height + (frame?.bottom ?? 0);
      const context = image.getContext('2d');
      if (!context) return null;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, image.width, image.height);
      context.drawImage(canvas, 0, top);
      frame?.draw(context, { width: image.width, chartHeight: canvas.height });
      return image;
    },
  );
}
