import type { Chart, ChartType, Plugin } from 'chart.js';
import { isTargetZone, zoneRects, type Position, type ZoneId } from '../../../lib/segment-positioning/index';
import { withAlpha, type ChartColors } from '../../charts/colors';
import type { ChartPoint } from './chart-model';

/** One colour per segment, in list order (cycled). Each keeps ≥ 3:1 contrast with the background. */
const LIGHT_SERIES = ['#0b5cad', '#b3261e', '#1e6b34', '#8a4b00', '#6a3d9a', '#00707a', '#a3246e', '#4d5a67'] as const;
const DARK_SERIES = ['#7ab8ff', '#ff8a80', '#7fd69a', '#f0b45a', '#c7a4f0', '#5fd3dc', '#f08cc4', '#a9b6c3'] as const;

/** The colour of the segment drawn `colorIndex`-th, for the theme of `colors`. */
export function seriesColor(colors: ChartColors, colorIndex: number): string {
  const series = colors.dark ? DARK_SERIES : LIGHT_SERIES;
  return series[colorIndex % series.length] ?? colors.accent;
}

/** Options of the zones plugin: what to draw under and over the bubbles. */
export interface ZonesPluginOptions {
  readonly colors: ChartColors;
  readonly zones: Readonly<Record<ZoneId, string>>;
  readonly points: readonly ChartPoint[];
  readonly font: string;
  /** Scale of every font (1 on screen, larger for the PNG export). */
  readonly fontScale: number;
  /** Longest bubble label before it is cut with an ellipsis. */
  readonly labelLength: number;
  /** Title drawn above the plot (PNG export and print). */
  readonly title: string | null;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    kmZones?: ZonesPluginOptions | undefined;
  }
}

type AnyChart = Chart<'bubble'>;

function px(chart: AnyChart, position: Position): { x: number; y: number } {
  return { x: chart.scales['x']?.getPixelForValue(position.knowledge) ?? 0, y: chart.scales['y']?.getPixelForValue(position.involvement) ?? 0 };
}

/** Splits a label into lines no wider than `width` (words kept whole unless one is too long alone). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const attempt = line ? `${line} ${word}` : word;
    if (context.measureText(attempt).width <= width || !line) line = attempt;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function drawZones(chart: AnyChart, options: ZonesPluginOptions): void {
  const { ctx, chartArea } = chart;
  const { colors } = options;
  ctx.save();
  ctx.beginPath();
  ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
  ctx.clip();
  const size = Math.round(11 * options.fontScale);
  ctx.font = `${size}px ${options.font}`;
  ctx.textBaseline = 'top';
  for (const rect of zoneRects()) {
    const a = px(chart, { knowledge: rect.knowledge[0], involvement: rect.involvement[1] });
    const b = px(chart, { knowledge: rect.knowledge[1], involvement: rect.involvement[0] });
    const target = isTargetZone(rect.zone);
    if (target) {
      ctx.fillStyle = colors.accentSoft;
      ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
      ctx.strokeStyle = colors.accent;
      ctx.lineWidth = 3;
      ctx.strokeRect(a.x + 2, a.y + 2, b.x - a.x - 4, b.y - a.y - 4);
    }
    ctx.fillStyle = target ? colors.accent : colors.muted;
    ctx.font = `${target ? '600 ' : ''}${size}px ${options.font}`;
    const lines = wrap(ctx, options.zones[rect.zone], Math.max(40, b.x - a.x - 12));
    lines.forEach((line, index) => ctx.fillText(line, a.x + 6, a.y + 6 + index * (size + 3)));
  }
  // Boundaries between bands: the method's grid.
  ctx.strokeStyle = colors.muted;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([6, 4]);
  for (const knowledge of [3.5, 7]) {
    const { x } = px(chart, { knowledge, involvement: 0 });
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top);
    ctx.lineTo(x, chartArea.bottom);
    ctx.stroke();
  }
  const { y } = px(chart, { knowledge: 0, involvement: 5 });
  ctx.beginPath();
  ctx.moveTo(chartArea.left, y);
  ctx.lineTo(chartArea.right, y);
  ctx.stroke();
  ctx.restore();
}

function arrowHead(context: CanvasRenderingContext2D, from: { x: number; y: number }, to: { x: number; y: number }, size: number): void {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  context.beginPath();
  context.moveTo(to.x, to.y);
  context.lineTo(to.x - size * Math.cos(angle - Math.PI / 7), to.y - size * Math.sin(angle - Math.PI / 7));
  context.lineTo(to.x - size * Math.cos(angle + Math.PI / 7), to.y - size * Math.sin(angle + Math.PI / 7));
  context.closePath();
  context.fill();
}

function drawOverlays(chart: AnyChart, options: ZonesPluginOptions): void {
  const { ctx } = chart;
  const { colors } = options;
  ctx.save();
  options.points.forEach((point, index) => {
    if (!chart.isDatasetVisible(index)) return;
    const color = seriesColor(colors, point.colorIndex);
    const center = px(chart, point.position);
    if (point.spread) {
      const [kmin, kmax] = point.spread.knowledge;
      const [imin, imax] = point.spread.involvement;
      const left = px(chart, { knowledge: kmin, involvement: point.position.involvement });
      const right = px(chart, { knowledge: kmax, involvement: point.position.involvement });
      const low = px(chart, { knowledge: point.position.knowledge, involvement: imin });
      const high = px(chart, { knowledge: point.position.knowledge, involvement: imax });
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(left.x, left.y);
      ctx.lineTo(right.x, right.y);
      ctx.moveTo(low.x, low.y);
      ctx.lineTo(high.x, high.y);
      for (const end of [left, right]) {
        ctx.moveTo(end.x, end.y - 5);
        ctx.lineTo(end.x, end.y + 5);
      }
      for (const end of [low, high]) {
        ctx.moveTo(end.x - 5, end.y);
        ctx.lineTo(end.x + 5, end.y);
      }
      ctx.stroke();
    }
    if (point.target) {
      const to = px(chart, point.target);
      const distance = Math.hypot(to.x - center.x, to.y - center.y);
      if (distance > point.radius + 6) {
        const ux = (to.x - center.x) / distance;
        const uy = (to.y - center.y) / distance;
        const start = { x: center.x + ux * point.radius, y: center.y + uy * point.radius };
        const end = { x: to.x - ux * 7, y: to.y - uy * 7 };
        ctx.strokeStyle = color;
        ctx.fillStyle = color;
        ctx.lineWidth = 2;
        ctx.setLineDash([5, 4]);
        ctx.beginPath();
        ctx.moveTo(start.x, start.y);
        ctx.lineTo(end.x, end.y);
        ctx.stroke();
        ctx.setLineDash([]);
        arrowHead(ctx, start, end, 9);
      }
      ctx.setLineDash([3, 3]);
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.arc(to.x, to.y, 7, 0, Math.PI * 2);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  });
  // Names beside the bubbles, on a halo of the background colour so they stay readable.
  const size = Math.round(12 * options.fontScale);
  ctx.textBaseline = 'middle';
  options.points.forEach((point, index) => {
    if (!chart.isDatasetVisible(index)) return;
    const center = px(chart, point.position);
    const text = point.label.length > options.labelLength ? `${point.label.slice(0, options.labelLength - 1).trimEnd()}…` : point.label;
    ctx.font = `${point.selected ? '700 ' : '600 '}${size}px ${options.font}`;
    const width = ctx.measureText(text).width;
    const right = center.x + point.radius + 4 + width <= chart.chartArea.right + 8;
    ctx.textAlign = right ? 'left' : 'right';
    const x = right ? center.x + point.radius + 4 : center.x - point.radius - 4;
    ctx.lineJoin = 'round';
    ctx.lineWidth = 4;
    ctx.strokeStyle = withAlpha(colors.bg, 0.9);
    ctx.strokeText(text, x, center.y);
    ctx.fillStyle = colors.text;
    ctx.fillText(text, x, center.y);
  });
  ctx.restore();
}

function drawTitle(chart: AnyChart, options: ZonesPluginOptions): void {
  if (!options.title) return;
  const { ctx, width } = chart;
  ctx.save();
  ctx.fillStyle = options.colors.bg;
  ctx.fillRect(0, 0, width, chart.height);
  ctx.fillStyle = options.colors.text;
  ctx.font = `700 ${Math.round(16 * options.fontScale)}px ${options.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(options.title, width / 2, 10, width - 20);
  ctx.restore();
}

/** Draws the six zones (target highlighted), band boundaries, spreads, target arrows and names. */
export const zonesPlugin: Plugin<'bubble', ZonesPluginOptions> = {
  id: 'kmZones',
  beforeDraw(chart, _args, options) {
    drawTitle(chart, options);
  },
  beforeDatasetsDraw(chart, _args, options) {
    drawZones(chart, options);
  },
  afterDatasetsDraw(chart, _args, options) {
    drawOverlays(chart, options);
  },
};
