/** Colours of the chart, read from the site's theme tokens (light-dark() resolved by the browser). */
export interface ChartColors {
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly bg: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly dark: boolean;
  /** One colour per segment, in list order (cycled). Each keeps ≥ 3:1 contrast with the background. */
  readonly series: readonly string[];
}

export const LIGHT_SERIES = ['#0b5cad', '#b3261e', '#1e6b34', '#8a4b00', '#6a3d9a', '#00707a', '#a3246e', '#4d5a67'] as const;
export const DARK_SERIES = ['#7ab8ff', '#ff8a80', '#7fd69a', '#f0b45a', '#c7a4f0', '#5fd3dc', '#f08cc4', '#a9b6c3'] as const;

/** Light colours on white: for PNG export and print, whatever the screen theme. */
export const PAPER_COLORS: ChartColors = {
  text: '#1b232c',
  muted: '#4d5a67',
  border: '#9aa5b1',
  bg: '#ffffff',
  accent: '#0b5cad',
  accentSoft: '#e3eefa',
  dark: false,
  series: LIGHT_SERIES,
};

/** Relative luminance of an "rgb(r, g, b)" / "#rrggbb" colour (0 black … 1 white); 1 when unreadable. */
export function luminance(color: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  const rgb = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color);
  const channels = hex
    ? [0, 2, 4].map((start) => parseInt((hex[1] ?? '').slice(start, start + 2), 16))
    : rgb
      ? [rgb[1], rgb[2], rgb[3]].map(Number)
      : null;
  if (!channels || channels.some((value) => Number.isNaN(value))) return 1;
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The theme's colours as the browser resolves them inside `host` (so light-dark() follows the theme). */
export function readChartColors(host: HTMLElement): ChartColors {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;visibility:hidden';
  host.append(probe);
  const read = (token: string, fallback: string): string => {
    probe.style.color = fallback;
    probe.style.color = `var(${token}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const bg = read('--color-bg', '#ffffff');
  const colors = {
    text: read('--color-text', '#1b232c'),
    muted: read('--color-muted', '#4d5a67'),
    border: read('--color-border', '#c9d1d9'),
    bg,
    accent: read('--color-accent', '#0b5cad'),
    accentSoft: read('--color-accent-soft', '#e3eefa'),
  };
  probe.remove();
  const dark = luminance(bg) < 0.4;
  return { ...colors, dark, series: dark ? DARK_SERIES : LIGHT_SERIES };
}

/** The font stack of the page, for text drawn on the canvas. */
export function pageFontFamily(host: HTMLElement | null): string {
  if (!host) return 'system-ui, sans-serif';
  return getComputedStyle(host).fontFamily || 'system-ui, sans-serif';
}

/** A colour with transparency, from "#rrggbb" or "rgb(…)". */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const value = hex[1] ?? '000000';
    const [r, g, b] = [0, 2, 4].map((start) => parseInt(value.slice(start, start + 2), 16));
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  const rgb = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color);
  return rgb ? `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})` : color;
}
