import { pageFontFamily, readChartColors } from '../../charts/colors';
import { renderChartImage } from '../../charts/offscreen';
import { buildConfig } from './chart-config';
import type { ChartPoint, ChartTexts } from './chart-model';

/** Size of the PNG export (CSS pixels). */
const EXPORT_SIZE = { width: 1200, height: 1080 } as const;

/** The matrix drawn off screen in paper colours, with title and legend, for the PNG export. */
export function renderPositionPng(points: readonly ChartPoint[], texts: ChartTexts): HTMLCanvasElement | null {
  const config = buildConfig({
    colors: readChartColors(document.body, 'paper'),
    texts,
    points: points.map((point) => ({ ...point, selected: false })),
    font: pageFontFamily(document.body),
    animate: false,
    forExport: true,
  });
  return renderChartImage(config, EXPORT_SIZE);
}
