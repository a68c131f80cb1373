import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Title,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { readChartColors, type ChartColors } from '../../charts/colors';
import { renderChartImage } from '../../charts/offscreen';

interface ValueLabelOptions {
  readonly color?: string;
  /** Colour of a value written inside a bar that reaches the right edge. */
  readonly inside?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    ppValueLabels?: ValueLabelOptions;
  }
}

/** Only the pieces the control-mix bar chart uses. */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, Title);

export interface MixChartInput {
  readonly labels: readonly string[];
  readonly values: readonly number[];
  readonly legend: string;
  /** Shown above the chart (PNG export); none on screen, where the section heading says it. */
  readonly title?: string | undefined;
  readonly colors: ChartColors;
  readonly animate: boolean;
  readonly locale: string;
}

/** Splits a long label into lines of about `width` characters, at spaces. */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes each bar's value at its end, so the image reads without the axis. */
const valueLabels: Plugin<'bar'> = {
  id: 'ppValueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    const options = chart.options.plugins?.ppValueLabels;
    const color = options?.color ?? '#000';
    ctx.save();
    ctx.fillStyle = color;
    ctx.font = '600 13px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    meta.data.forEach((bar, index) => {
      const value = chart.data.datasets[0]?.data[index];
      if (typeof value !== 'number') return;
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      const text = String(value);
      const width = ctx.measureText(text).width;
      const inside = x + 6 + width > chart.chartArea.right;
      ctx.textAlign = inside ? 'right' : 'left';
      ctx.fillStyle = inside ? (options?.inside ?? color) : color;
      ctx.fillText(text, inside ? x - 6 : x + 6, y);
    });
    ctx.restore();
  },
};

/** The horizontal bar chart of the three levers' emphasis (0–100). */
export function mixChartConfig(input: MixChartInput): ChartConfiguration<'bar'> {
  const { colors } = input;
  const font = { family: 'system-ui, sans-serif', size: 13 };
  return {
    type: 'bar',
    data: {
      labels: input.labels.map((label) => wrapLabel(label)),
      datasets: [
        {
          label: input.legend,
          data: [...input.values],
          backgroundColor: colors.accent,
          borderColor: colors.accent,
          borderWidth: 1,
          barPercentage: 0.7,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      locale: input.locale,
      animation: input.animate ? { duration: 300 } : false,
      maintainAspectRatio: false,
      layout: { padding: { left: 8, right: 28, top: 4 } },
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, color: colors.muted, font },
          grid: { color: colors.border },
          border: { color: colors.border },
        },
        y: {
          ticks: { color: colors.text, font: { ...font, weight: 'bold' } },
          grid: { display: false },
          border: { color: colors.border },
        },
      },
      plugins: {
        legend: { display: input.title !== undefined, labels: { color: colors.text, font } },
        title: { display: input.title !== undefined, text: input.title ?? '', color: colors.text, font: { ...font, size: 16, weight: 'bold' } },
        tooltip: { enabled: true },
        ppValueLabels: { color: colors.text, inside: colors.accentText },
      },
    },
    plugins: [valueLabels],
  };
}

/** Size of the PNG export (CSS px; drawn at twice the pixels). */
const EXPORT_SIZE = { width: 900, height: 420 } as const;

/** The chart as an image in paper colours, with its title and legend, for the PNG export. */
export function renderMixPng(input: Omit<MixChartInput, 'animate' | 'colors'>): HTMLCanvasElement | null {
  const config = mixChartConfig({ ...input, colors: readChartColors(document.body, 'paper'), animate: false });
  config.options = { ...config.options, devicePixelRatio: 2 };
  return renderChartImage(config, EXPORT_SIZE);
}
