/**
 * The radar chart as an image, for the PNG export: drawn off screen by the chart kit in paper colours,
 * with a title above and a legend below (drawn here: no chart.js plugin needed).
 */
import { readChartColors, type ChartColors } from '../../charts/colors';
import { renderChartImage } from '../../charts/offscreen';
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
  const colour = primary ? colors.accent : colors.muted;
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

export function renderRadarPng(spec: RadarSpec): HTMLCanvasElement | null {
  const colors = readChartColors(document.body, 'paper');
  return renderChartImage(radarConfig(spec, colors, { animate: false, forExport: true }), { width: SIZE, height: SIZE }, {
    top: TITLE_BAND,
    bottom: LEGEND_ROW * spec.series.length + 24,
    draw: (context) => {
      context.fillStyle = colors.text;
      context.font = `bold 32px ${FONT}`;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(fit(context, spec.title, SIZE - 60), SIZE / 2, TITLE_BAND / 2 + 8);
      spec.series.forEach((series, index) => drawLegendEntry(context, series, colors, TITLE_BAND + SIZE + 12 + LEGEND_ROW * index + LEGEND_ROW / 2));
    },
  });
}
