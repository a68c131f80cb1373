import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { createChartExportRegistry, type ChartExportRegistry, type ChartImageRender } from './export-registry';

const ChartExportContext = createContext<ChartExportRegistry | null>(null);

/** The registry of a tool's charts: made once per tool, given to <ChartExportProvider> and to the toolbar's PNG export (`images`). */
export function useChartExportRegistry(): ChartExportRegistry {
  const [registry] = useState(() => createChartExportRegistry<HTMLCanvasElement>());
  return registry;
}

interface Props {
  readonly registry: ChartExportRegistry;
  readonly children: ReactNode;
}

/** Makes `registry` the place where the charts below it offer their PNG images. */
export function ChartExportProvider({ registry, children }: Props) {
  return <ChartExportContext.Provider value={registry}>{children}</ChartExportContext.Provider>;
}

/**
 * Offers this chart's image to the toolbar's PNG export under `key` (null: not offered, e.g. a
 * read-only copy) for as long as the component is mounted; `render` is always the latest given.
 */
export function useChartExport(key: string | null, render: ChartImageRender<HTMLCanvasElement>): void {
  const registry = useContext(ChartExportContext);
  const renderRef = useRef(render);
  renderRef.current = render;
  useEffect(() => {
    if (!registry || key === null) return undefined;
    return registry.register(key, () => renderRef.current());
  }, [registry, key]);
}
