/**
 * Chart colours from the site's theme tokens. The tokens use light-dark(), which getComputedStyle
 * returns unresolved for a custom property, so each one is applied to a probe element's `color`
 * and read back resolved. Forcing the probe's color-scheme to light gives the colours for
 * printing and for PNG export (readable on white), whatever the screen theme.
 */
import { useEffect, useState } from 'react';

export interface ChartColors {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly accent: string;
  readonly accentFill: string;
  readonly second: string;
  readonly bg: string;
}

const FALLBACK: ChartColors = {
  text: '#1b232c',
  muted: '#4d5a67',
  grid: '#c9d1d9',
  accent: '#0b5cad',
  accentFill: 'rgba(11, 92, 173, 0.18)',
  second: '#4d5a67',
  bg: '#ffffff',
};

/** "rgb(11, 92, 173)" → "rgba(11, 92, 173, 0.18)"; other formats are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : color;
}

export function readChartColors(host: Element | null, scheme?: 'light'): ChartColors {
  if (!host || typeof getComputedStyle !== 'function') return FALLBACK;
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.position = 'absolute';
  probe.style.visibility = 'hidden';
  if (scheme) probe.style.colorScheme = scheme;
  host.append(probe);
  const read = (token: string, fallback: string): string => {
    probe.style.color = fallback;
    probe.style.color = `var(${token}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const accent = read('--color-accent', FALLBACK.accent);
  const colors: ChartColors = {
    text: read('--color-text', FALLBACK.text),
    muted: read('--color-muted', FALLBACK.muted),
    grid: read('--color-border', FALLBACK.grid),
    accent,
    accentFill: withAlpha(accent, 0.18),
    second: read('--color-muted', FALLBACK.second),
    bg: read('--color-bg', FALLBACK.bg),
  };
  probe.remove();
  return colors;
}

/** Changes whenever the theme may have changed: explicit choice (data-theme) or system preference. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = (): void => setVersion((value) => value + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', bump);
    };
  }, []);
  return version;
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
