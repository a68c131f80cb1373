/** Chart.js radar configuration for maturity profiles (on screen, on paper and as PNG). */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, type ChartConfiguration } from 'chart.js';
import { withAlpha, type ChartColors } from '../../charts/colors';

// No Tooltip, Legend or Title plugin: the table beside the chart gives every value, the legend is
// HTML (see RadarLegend), and the PNG export draws its own title and legend. That keeps ~8 kB
// (gzip) of chart.js out of the page.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface RadarSeries {
  readonly label: string;
  /** One per axis, 0–100; null = not assessed (no point drawn). */
  readonly values: readonly (number | null)[];
  /** primary: solid line and fill; secondary: dashed line, triangles, no fill (readable without colour). */
  readonly kind: 'primary' | 'secondary';
}

export interface RadarSpec {
  /** Sort key for the PNG export order. */
  readonly key: string;
  readonly title: string;
  readonly labels: readonly string[];
  readonly series: readonly RadarSeries[];
}

/** Splits a label into lines of about `width` characters, so long names fit around the chart. */
export function wrapLabel(text: string, width = 14): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface RadarOptions {
  readonly animate: boolean;
  /** PNG export: title, legend, larger fonts, fixed size. */
  readonly forExport?: boolean;
  readonly compact?: boolean;
}

export function radarConfig(spec: RadarSpec, colors: ChartColors, options: RadarOptions): ChartConfiguration<'radar', (number | null)[], string[]> {
  const exporting = options.forExport === true;
  const labelSize = exporting ? 26 : options.compact ? 14 : 13;
  return {
    type: 'radar',
    data: {
      // On a narrow screen the names would squeeze the chart to a dot: number the axes instead
      // (the score table beside it numbers its rows the same way).
      labels: spec.labels.map((label, index) => (options.compact ? [String(index + 1)] : wrapLabel(label, 16))),
      datasets: spec.series.map((series) => {
        const primary = series.kind === 'primary';
        const line = primary ? colors.accent : colors.muted;
        return {
          label: series.label,
          data: [...series.values],
          borderColor: line,
          backgroundColor: primary ? withAlpha(colors.accent, 0.18) : 'transparent',
          fill: primary,
          borderWidth: exporting ? 4 : 2,
          borderDash: primary ? [] : [6, 4],
          pointStyle: primary ? 'circle' : 'triangle',
          pointRadius: exporting ? 7 : 4,
          pointBackgroundColor: line,
          pointBorderColor: line,
          spanGaps: false,
        };
      }),
    },
    options: {
      responsive: !exporting,
      maintainAspectRatio: true,
      aspectRatio: 1,
      animation: options.animate ? { duration: 250 } : false,
      layout: { padding: exporting ? 24 : 4 },
      scales: {
        r: {
          min: 0,
          max: 100,
          beginAtZero: true,
          ticks: { stepSize: 20, color: colors.muted, backdropColor: colors.bg, font: { size: exporting ? 20 : 11 } },
          grid: { color: colors.border },
          angleLines: { color: colors.border },
          pointLabels: { color: colors.text, font: { size: labelSize } },
        },
      },
    },
  };
}
