import { Chart, type ChartConfiguration, type ChartType, type DefaultDataPoint } from 'chart.js';
import { useCallback, useEffect, useRef, useState, type DependencyList, type RefObject } from 'react';
import { readChartColors, type ChartColors } from './colors';
import { isPrinting, prefersReducedMotion, watchChartEnvironment, type ChartChange } from './environment';

/** What a tool's chart configuration is built from, besides its data. */
export interface DrawContext {
  /** The theme's colours on screen; the light theme's on paper. */
  readonly colors: ChartColors;
  /** False when the reader asks for reduced motion, and on paper. */
  readonly animate: boolean;
  /** The page is being printed. */
  readonly paper: boolean;
  /** The chart's box is narrower than `compactBelow` (never on paper). */
  readonly compact: boolean;
  /** The element around the canvas. */
  readonly host: HTMLElement | null;
}

export interface LiveChartOptions {
  /** Below this width (CSS px) of the chart's box, the chart is drawn compact; crossing it redraws. */
  readonly compactBelow?: number;
  /** The chart's size on paper (CSS px); without it, it keeps its screen size. */
  readonly printSize?: { readonly width: number; readonly height: number };
}

export interface LiveChart {
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  /** The last screen drawing was compact. */
  readonly compact: boolean;
}

/**
 * A chart.js chart on the page, drawn from the tool's configuration: created on mount, updated when
 * `deps` change, redrawn when the theme or reduced motion changes, drawn in paper colours (at
 * `printSize`, without animation) as soon as printing starts, however it starts, and back after;
 * destroyed on unmount.
 */
export function useLiveChart<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
  build: (context: DrawContext) => ChartConfiguration<TType, TData, TLabel>,
  deps: DependencyList,
  options: LiveChartOptions = {},
): LiveChart {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<TType, TData, TLabel> | null>(null);
  const buildRef = useRef(build);
  buildRef.current = build;
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const compactRef = useRef(false);
  /** Width of the chart's box, kept by the ResizeObserver (read at layout time, not forced at each draw). */
  const widthRef = useRef<number | null>(null);
  const paperRef = useRef(false);
  /** Colours are read again only when the theme or the medium changes (reading them forces a style recalculation). */
  const colorsRef = useRef<{ readonly paper: boolean; readonly colors: ChartColors } | null>(null);
  const [compact, setCompact] = useState(false);

  const draw = useCallback((change?: ChartChange | 'layout') => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const host = canvas.parentElement;
    const paper = isPrinting();
    if (change === 'theme' || colorsRef.current?.paper !== paper) colorsRef.current = { paper, colors: readChartColors(host, paper ? 'paper' : 'screen') };
    const { compactBelow, printSize } = optionsRef.current;
    if (!paper) {
      if (compactBelow !== undefined && host !== null) widthRef.current ??= host.clientWidth;
      compactRef.current = compactBelow !== undefined && widthRef.current !== null && widthRef.current < compactBelow;
      setCompact(compactRef.current);
    }
    const config = buildRef.current({
      colors: colorsRef.current.colors,
      animate: !paper && !prefersReducedMotion(),
      paper,
      compact: !paper && compactRef.current,
      host,
    });
    const chart = chartRef.current;
    if (!chart) chartRef.current = new Chart(canvas, config);
    else {
      chart.data = config.data;
      if (config.options) chart.options = config.options;
      chart.update(paper ? 'none' : undefined);
    }
    if (printSize && paper) chartRef.current?.resize(printSize.width, printSize.height);
    else if (printSize && paperRef.current) chartRef.current?.resize();
    paperRef.current = paper;
  }, []);

  useEffect(() => {
    const unwatch = watchChartEnvironment(draw);
    let frame = 0;
    const host = canvasRef.current?.parentElement;
    const resize =
      host && optionsRef.current.compactBelow !== undefined && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => {
            widthRef.current = host.clientWidth;
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => {
              const below = optionsRef.current.compactBelow;
              if (below !== undefined && widthRef.current !== null && !isPrinting() && widthRef.current < below !== compactRef.current) draw('layout');
            });
          })
        : null;
    if (host) resize?.observe(host);
    return () => {
      unwatch();
      resize?.disconnect();
      cancelAnimationFrame(frame);
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, [draw]);

  // The data changed: draw it (the caller's deps stand for what `build` reads).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => draw(), [draw, ...deps]);

  return { canvasRef, compact };
}
