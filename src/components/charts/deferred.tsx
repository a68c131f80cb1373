import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';

/**
 * Charts load their code (chart.js and the tool's chart module) only when their place comes near
 * the viewport, so a first visit of a tool page does not pay for charts the reader has not reached.
 * Printing from the tool's menu loads every chart first (see `prepareChartsForPrint`); so does the
 * reader's first action on the page, so that printing from the browser's menu finds them drawn.
 */

/** How far below the viewport a chart starts loading (CSS px). */
const NEAR_MARGIN = '200px 0px';
/** Time charts get to load and draw before the print dialog opens (on paper they redraw at once, without animation). */
const PRINT_SETTLE_MS = 700;

const waiting = new Set<() => void>();
const loads = new Set<Promise<unknown>>();
/** Once true, every chart loads as soon as it mounts (the reader is at work on a result). */
let eager = false;

/** Loads every chart still waiting, and every chart mounted from now on. */
function loadAll(): void {
  eager = true;
  for (const show of [...waiting]) show();
}

// Printing from the browser's menu (not the tool's Print button) gives no time to wait: the print is
// laid out as soon as 'beforeprint' returns, before any chart code could arrive. So charts load, once
// the browser is idle, as soon as the reader does anything on the page (a tap, a key, an edit): by the
// time there is a result worth printing, its charts are drawn, wherever they are on the page. A first
// visit that only reads and scrolls still loads no chart code until a chart comes near. Ctrl/Cmd+P
// goes through the same wait as the tool's Print button; 'beforeprint' is the last resort (at least
// the print preview's refresh, and a second attempt, have the charts).
if (typeof window !== 'undefined') {
  const idle = (window as Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => void }).requestIdleCallback;
  const soon = (): void => {
    if (idle) idle(loadAll, { timeout: 1500 });
    else window.setTimeout(loadAll, 200);
  };
  const events = ['pointerdown', 'keydown', 'input'] as const;
  const onFirstAction = (): void => {
    for (const type of events) window.removeEventListener(type, onFirstAction, true);
    soon();
  };
  for (const type of events) window.addEventListener(type, onFirstAction, { capture: true, passive: true });
  window.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    if (waiting.size === 0) return;
    event.preventDefault();
    void prepareChartsForPrint().then(() => window.print());
  });
  // However printing starts: the Print menu (beforeprint) or the print media query (print emulation).
  window.addEventListener('beforeprint', loadAll);
  const printMedia = window.matchMedia('print');
  printMedia.addEventListener('change', () => {
    if (printMedia.matches) loadAll();
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
  loadAll();
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
    if (eager) {
      show();
      return undefined;
    }
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
