import { BubbleController, Chart, Legend, LinearScale, PointElement, Tooltip, type ChartConfiguration, type FontSpec, type TooltipItem } from 'chart.js';
import { SCORE_MAX, SCORE_MIN } from '../../../lib/segment-positioning/index';
import { withAlpha, type ChartColors } from '../../charts/colors';
import type { ChartPoint, ChartTexts } from './chart-model';
import { seriesColor, zonesPlugin } from './chart-plugin';

Chart.register(BubbleController, LinearScale, PointElement, Tooltip, Legend);

export interface ConfigOptions {
  readonly colors: ChartColors;
  readonly texts: ChartTexts;
  readonly points: readonly ChartPoint[];
  readonly font: string;
  readonly animate: boolean;
  /** PNG export: fixed size, larger text, title drawn, legend below. */
  readonly forExport: boolean;
  /** A narrow chart (phone): no legend (names are drawn beside the bubbles), smaller bubbles and text. */
  readonly compact?: boolean;
  readonly onSelect?: ((id: string) => void) | undefined;
}

/** The chart.js configuration of the matrix (bubble chart + the zones plugin). */
export function buildConfig(options: ConfigOptions): ChartConfiguration<'bubble', { x: number; y: number; r: number }[]> {
  const { colors, texts, points, font, forExport } = options;
  const compact = options.compact === true && !forExport;
  const scale = forExport ? 1.5 : compact ? 0.85 : 1;
  const radiusScale = forExport ? 1.5 : compact ? 0.7 : 1;
  const fontOf = (size: number, weight: FontSpec['weight'] = 'normal'): Partial<FontSpec> => ({ family: font, size: Math.round(size * scale), weight });
  const grid = withAlpha(colors.border, colors.dark ? 0.5 : 0.7);
  const axis = (title: string) => ({
    type: 'linear' as const,
    min: SCORE_MIN,
    max: SCORE_MAX,
    ticks: { stepSize: 1, color: colors.muted, font: fontOf(11) },
    grid: { color: grid },
    border: { color: colors.muted },
    title: { display: true, text: title, color: colors.text, font: fontOf(13, 600) },
  });
  return {
    type: 'bubble',
    data: {
      datasets: points.map((point) => {
        const color = seriesColor(colors, point.colorIndex);
        return {
          label: point.label,
          data: [{ x: point.position.knowledge, y: point.position.involvement, r: point.radius * radiusScale }],
          backgroundColor: withAlpha(color, 0.35),
          borderColor: color,
          borderWidth: point.selected && !forExport ? 4 : 2,
          hoverBorderWidth: 4,
          clip: false as const,
        };
      }),
    },
    options: {
      responsive: !forExport,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 250 } : false,
      devicePixelRatio: forExport ? 1 : undefined,
      locale: texts.lang,
      layout: { padding: { top: forExport ? 48 : 8, right: 12, bottom: 4, left: 4 } },
      scales: { x: axis(texts.xTitle), y: axis(texts.yTitle) },
      interaction: { mode: 'nearest', intersect: true },
      onClick: (_event, elements) => {
        const first = elements[0];
        const point = first ? points[first.datasetIndex] : undefined;
        if (point && options.onSelect) options.onSelect(point.id);
      },
      plugins: {
        legend: {
          display: points.length > 0 && !compact,
          position: forExport ? 'bottom' : 'top',
          labels: { color: colors.text, font: fontOf(12), usePointStyle: true, pointStyle: 'circle', boxWidth: 10 * scale, boxHeight: 10 * scale },
        },
        tooltip: {
          enabled: !forExport,
          titleFont: fontOf(12, 600),
          bodyFont: fontOf(12),
          callbacks: {
            title: () => '',
            label: (item: TooltipItem<'bubble'>) => [...(points[item.datasetIndex]?.tooltip ?? [])],
          },
        },
        kmZones: {
          colors,
          zones: texts.zones,
          points: points.map((point) => ({ ...point, radius: point.radius * radiusScale })),
          font,
          fontScale: scale,
          labelLength: compact ? 16 : 28,
          title: forExport ? texts.title : null,
        },
      },
    },
    plugins: [zonesPlugin],
  };
}
