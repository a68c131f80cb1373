/**
 * The one watcher of what a chart's drawing depends on besides its data: the theme (the reader's
 * choice on <html data-theme> or the system's colour scheme), reduced motion, and printing. However
 * many charts a page draws, one MutationObserver and one set of media-query listeners serve them all,
 * started with the first chart and stopped with the last. Listeners are called synchronously, so a
 * chart redrawn on 'print' is drawn before the browser lays out the printed page.
 */
import { isPrintState, nextPrintState, NOT_PRINTING, type PrintSignal, type PrintState } from './print-state';

export type ChartChange = 'theme' | 'motion' | 'print';
type Listener = (change: ChartChange) => void;

const listeners = new Set<Listener>();
let stop: (() => void) | null = null;
let print: PrintState = NOT_PRINTING;

function emit(change: ChartChange): void {
  for (const listener of [...listeners]) listener(change);
}

function start(): () => void {
  const onPrint = (signal: PrintSignal): void => {
    const before = isPrintState(print);
    print = nextPrintState(print, signal);
    if (isPrintState(print) !== before) emit('print');
  };
  const printMedia = window.matchMedia('print');
  print = { event: false, media: printMedia.matches };
  const onPrintMedia = (event: MediaQueryListEvent): void => onPrint(event.matches ? 'media-print' : 'media-screen');
  const onBefore = (): void => onPrint('beforeprint');
  const onAfter = (): void => onPrint('afterprint');
  const onTheme = (): void => emit('theme');
  const onMotion = (): void => emit('motion');
  const observer = new MutationObserver(onTheme);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  scheme.addEventListener('change', onTheme);
  motion.addEventListener('change', onMotion);
  printMedia.addEventListener('change', onPrintMedia);
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  return () => {
    observer.disconnect();
    scheme.removeEventListener('change', onTheme);
    motion.removeEventListener('change', onMotion);
    printMedia.removeEventListener('change', onPrintMedia);
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    print = NOT_PRINTING;
  };
}

/** Calls `listener` on every change of theme, reduced motion or printing; returns the unsubscribe. */
export function watchChartEnvironment(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = null;
    }
  };
}

/** True while the page is being printed (only known while a chart watches). */
export function isPrinting(): boolean {
  return isPrintState(print);
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
