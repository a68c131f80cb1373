import { useEffect, useState } from 'react';

/** Theme colours resolved to real colours (the tokens use light-dark(), which only an element can resolve). */
export interface ThemeColors {
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly accentText: string;
  readonly bg: string;
}

/** Colours for an image read on white (PNG export, print). */
export const PAPER_COLORS: ThemeColors = {
  text: '#1b232c',
  muted: '#4d5a67',
  border: '#c9d1d9',
  accent: '#0b5cad',
  accentSoft: '#e3eefa',
  accentText: '#ffffff',
  bg: '#ffffff',
};

const TOKENS: Readonly<Record<keyof ThemeColors, string>> = {
  text: '--color-text',
  muted: '--color-muted',
  border: '--color-border',
  accent: '--color-accent',
  accentSoft: '--color-accent-soft',
  accentText: '--color-accent-text',
  bg: '--color-bg',
};

/** Resolves each token by painting it on a hidden probe element. */
export function readThemeColors(): ThemeColors {
  if (typeof document === 'undefined') return PAPER_COLORS;
  const probe = document.createElement('span');
  probe.style.display = 'none';
  document.body.append(probe);
  const resolved = {} as Record<keyof ThemeColors, string>;
  for (const key of Object.keys(TOKENS) as (keyof ThemeColors)[]) {
    probe.style.color = `var(${TOKENS[key]})`;
    resolved[key] = getComputedStyle(probe).color || PAPER_COLORS[key];
  }
  probe.remove();
  return resolved;
}

/** The theme's colours, updated when the reader switches theme or the system scheme changes. */
export function useThemeColors(): ThemeColors | null {
  const [colors, setColors] = useState<ThemeColors | null>(null);
  useEffect(() => {
    const update = (): void => setColors(readThemeColors());
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, []);
  return colors;
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
