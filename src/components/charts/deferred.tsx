import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';

/**
 * Charts load their code (chart.js and the tool's chart module) only when their place comes near
 * the viewport, so a first visit of a tool page does not pay for charts the reader has not reached.
 * Printing from the tool's menu loads every chart first (see `prepareChartsForPrint`).
 */

/** How far below the viewport a chart starts loading (CSS px). */
const NEAR_MARGIN = '200px 0px';
/** Time charts get to draw (and to refresh their print copies) before the print dialog opens. */
const PRINT_SETTLE_MS = 700;

const waiting = new Set<() => void>();
const loads = new Set<Promise<unknown>>();

// Printing from the browser's menu (not the tool's Print button) gives no time to wait: at least
// every chart still waiting starts loading, so a second attempt, and the print preview's refresh, have it.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    for (const show of [...waiting]) show();
  });
}

/** React.lazy for a named chart component; the import is tracked so that printing can wait for it. */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => {
    const promise = load().then((component) => ({ default: component }));
    loads.add(promise);
    return promise;
  });
}

/** Loads every chart still waiting for the viewport, then resolves once they have had time to draw. */
export async function prepareChartsForPrint(): Promise<void> {
  for (const show of [...waiting]) show();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await Promise.allSettled([...loads]);
  await new Promise((resolve) => setTimeout(resolve, PRINT_SETTLE_MS));
}

interface Props {
  readonly children: ReactNode;
  /** Space kept for the chart before it loads, so nothing jumps when it appears. */
  readonly minHeight: string;
}

/** Renders `children` (a lazy chart) once this place is near the viewport. */
export function WhenNear({ children, minHeight }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    if (shown) return undefined;
    const show = (): void => setShown(true);
    waiting.add(show);
    const element = ref.current;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) show();
    }, { rootMargin: NEAR_MARGIN });
    if (element) observer.observe(element);
    return () => {
      waiting.delete(show);
      observer.disconnect();
    };
  }, [shown]);

  const placeholder = <div className="chart-placeholder" style={{ minHeight }} aria-hidden="true" />;
  return (
    <div ref={ref} className="chart-slot">
      {shown ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}
