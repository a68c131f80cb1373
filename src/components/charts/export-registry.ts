/**
 * The charts a tool offers to the toolbar's PNG export. Each chart on the page registers how to draw
 * its image under a key; the export draws every registered chart, in the order of their keys. A key
 * registered twice (the same chart shown in two places) is drawn once, by its latest registration;
 * removing one registration never removes another's.
 */
export type ChartImageRender<TImage> = () => TImage | null | Promise<TImage | null>;

export interface ChartExportRegistry<TImage = HTMLCanvasElement> {
  /** Offers a chart's image under `key`; returns the function that withdraws this offer. */
  register(key: string, render: ChartImageRender<TImage>): () => void;
  /** The keys offered, in export order. */
  keys(): string[];
  /** Every offered chart's image, in key order; a chart that fails to draw is left out. */
  images(): Promise<TImage[]>;
}

export function createChartExportRegistry<TImage = HTMLCanvasElement>(): ChartExportRegistry<TImage> {
  const entries: { readonly key: string; readonly render: ChartImageRender<TImage> }[] = [];
  const latest = (key: string): ChartImageRender<TImage> | undefined => entries.findLast((entry) => entry.key === key)?.render;
  const keys = (): string[] => [...new Set(entries.map((entry) => entry.key))].sort();
  return {
    register(key, render) {
      const entry = { key, render };
      entries.push(entry);
      return () => {
        const index = entries.indexOf(entry);
        if (index >= 0) entries.splice(index, 1);
      };
    },
    keys,
    async images() {
      const drawn: TImage[] = [];
      for (const key of keys()) {
        try {
          const image = (await latest(key)?.()) as TImage | null | undefined;
          if (image) drawn.push(image);
        } catch {
          // left out: the other charts are still exported
        }
      }
      return drawn;
    },
  };
}
