/**
 * A chart re-drawn off screen for the PNG export and for printing: light colours (readable on
 * white whatever the screen theme), a title above and a legend below, fixed size. Chart.js's
 * BasicPlatform draws on a canvas that is not in the page; the title and legend are drawn here
 * (no chart.js plugin needed), then the chart's pixels are copied in between.
 */
import { BasicPlatform, Chart } from 'chart.js';
import { readChartColors, type ChartColors } from './chart-theme';
import { radarConfig, type RadarSeries, type RadarSpec } from './radar-config';

const SIZE = 1000;
const TITLE_BAND = 80;
const LEGEND_ROW = 44;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Cuts a line that would run past `width`, ending it with an ellipsis. */
function fit(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function drawLegendEntry(context: CanvasRenderingContext2D, series: RadarSeries, colors: ChartColors, y: number): void {
  const primary = series.kind === 'primary';
  const colour = primary ? colors.accent : colors.second;
  const x = 60;
  context.strokeStyle = colour;
  context.fillStyle = colour;
  context.lineWidth = 4;
  context.setLineDash(primary ? [] : [12, 8]);
  context.beginPath();
  context.moveTo(x, y);
  context.lineTo(x + 60, y);
  context.stroke();
  context.setLineDash([]);
  context.beginPath();
  if (primary) context.arc(x + 30, y, 8, 0, Math.PI * 2);
  else {
    context.moveTo(x + 30, y - 9);
    context.lineTo(x + 39, y + 7);
    context.lineTo(x + 21, y + 7);
    context.closePath();
  }
  context.fill();
  context.fillStyle = colors.text;
  context.font = `24px ${FONT}`;
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  context.fillText(fit(context, series.label, SIZE - x - 100), x + 80, y);
}

export function renderRadarPng(spec: RadarSpec, host: Element | null): HTMLCanvasElement | null {
  const chartCanvas = document.createElement('canvas');
  chartCanvas.width = SIZE;
  chartCanvas.height = SIZE;
  const colors = { ...readChartColors(host, 'light'), bg: '#ffffff' };
  let chart: Chart<'radar', (number | null)[], string[]> | null = null;
  try {
    chart = new Chart(chartCanvas, { ...radarConfig(spec, colors, { animate: false, forExport: true }), platform: BasicPlatform });
    const legendHeight = LEGEND_ROW * spec.series.length + 24;
    const out = document.createElement('canvas');
    out.width = SIZE;
    out.height = TITLE_BAND + SIZE + legendHeight;
    const context = out.getContext('2d');
    if (!context) return null;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, out.width, out.height);
    context.fillStyle = colors.text;
    context.font = `bold 32px ${FONT}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(fit(context, spec.title, SIZE - 60), SIZE / 2, TITLE_BAND / 2 + 8);
    context.drawImage(chartCanvas, 0, TITLE_BAND);
    spec.series.forEach((series, index) => drawLegendEntry(context, series, colors, TITLE_BAND + SIZE + 12 + LEGEND_ROW * index + LEGEND_ROW / 2));
    return out;
  } catch {
    return null;
  } finally {
    chart?.destroy();
  }
}
