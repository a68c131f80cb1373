/**
 * Chart colours from the site's theme tokens. The tokens use light-dark(), which getComputedStyle
 * returns unresolved for a custom property, so each one is applied to a probe element's `color` and
 * read back resolved. Paper (printing, PNG export) reads the same tokens with the probe's
 * color-scheme forced to light, on a white background, whatever the screen theme.
 */
export interface ChartColors {
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly bg: string;
  readonly accent: string;
  readonly accentSoft: string;
  /** Text written on the accent colour. */
  readonly accentText: string;
  /** A dark background (the dark theme): charts pick their lighter series colours. */
  readonly dark: boolean;
}

/** The light theme's values, used where no element can resolve the tokens (and as each token's fallback). */
const LIGHT: ChartColors = {
  text: '#1b232c',
  muted: '#4d5a67',
  border: '#c9d1d9',
  bg: '#ffffff',
  accent: '#0b5cad',
  accentSoft: '#e3eefa',
  accentText: '#ffffff',
  dark: false,
};

const TOKENS: Readonly<Record<Exclude<keyof ChartColors, 'dark'>, string>> = {
  text: '--color-text',
  muted: '--color-muted',
  border: '--color-border',
  bg: '--color-bg',
  accent: '--color-accent',
  accentSoft: '--color-accent-soft',
  accentText: '--color-accent-text',
};

/** Relative luminance of an "rgb(r, g, b)" / "#rrggbb" colour (0 black … 1 white); 1 when unreadable. */
function luminance(color: string): number {
  const channels = rgbChannels(color);
  if (!channels) return 1;
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function rgbChannels(color: string): number[] | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  const rgb = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color);
  const channels = hex
    ? [0, 2, 4].map((start) => parseInt((hex[1] ?? '').slice(start, start + 2), 16))
    : rgb
      ? [rgb[1], rgb[2], rgb[3]].map(Number)
      : null;
  return channels && !channels.some((value) => Number.isNaN(value)) ? channels : null;
}

/** A colour with transparency, from "#rrggbb" or "rgb(…)"; other formats are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const channels = rgbChannels(color);
  return channels ? `rgba(${channels[0]}, ${channels[1]}, ${channels[2]}, ${alpha})` : color;
}

/**
 * The theme's colours as the browser resolves them inside `host` (so light-dark() follows the
 * theme), or, for `paper`, the light theme's on white.
 */
export function readChartColors(host: Element | null, medium: 'screen' | 'paper' = 'screen'): ChartColors {
  if (!host || typeof getComputedStyle !== 'function') return LIGHT;
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;visibility:hidden';
  if (medium === 'paper') probe.style.colorScheme = 'light';
  host.append(probe);
  const read = (key: keyof typeof TOKENS): string => {
    probe.style.color = LIGHT[key];
    probe.style.color = `var(${TOKENS[key]}, ${LIGHT[key]})`;
    return getComputedStyle(probe).color || LIGHT[key];
  };
  const colors = {
    text: read('text'),
    muted: read('muted'),
    border: read('border'),
    bg: medium === 'paper' ? LIGHT.bg : read('bg'),
    accent: read('accent'),
    accentSoft: read('accentSoft'),
    accentText: read('accentText'),
  };
  probe.remove();
  return { ...colors, dark: luminance(colors.bg) < 0.4 };
}

/** The font stack of the page, for text drawn on a canvas. */
export function pageFontFamily(host: Element | null): string {
  if (!host || typeof getComputedStyle !== 'function') return 'system-ui, sans-serif';
  return getComputedStyle(host).fontFamily || 'system-ui, sans-serif';
}
