import { BasicPlatform, BubbleController, Chart, Legend, LinearScale, PointElement, Tooltip } from 'chart.js';
import { PAPER_COLORS } from './chart-colors';
import { buildConfig } from './chart-config';
import type { ChartPoint, ChartTexts } from './chart-model';

Chart.register(BubbleController, LinearScale, PointElement, Tooltip, Legend);

/** Size of the PNG export (CSS pixels). */
const EXPORT_SIZE = { width: 1200, height: 1080 } as const;

let previous: Chart<'bubble', { x: number; y: number; r: number }[]> | null = null;

/** The matrix drawn off-screen in paper colours, with title and legend, for the PNG export. */
export function renderPositionPng(points: readonly ChartPoint[], texts: ChartTexts, font: string): HTMLCanvasElement {
  previous?.destroy();
  const canvas = document.createElement('canvas');
  canvas.width = EXPORT_SIZE.width;
  canvas.height = EXPORT_SIZE.height;
  const config = buildConfig({
    colors: PAPER_COLORS,
    texts,
    points: points.map((point) => ({ ...point, selected: false })),
    font,
    animate: false,
    forExport: true,
  });
  previous = new Chart(canvas, { ...config, platform: BasicPlatform });
  return canvas;
}
