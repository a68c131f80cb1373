import { describe, expect, it } from 'vitest';
import { createChartExportRegistry } from '../../../src/components/charts/export-registry';

/** Images are plain labels here: the registry only orders, picks and collects them. */
const image = (name: string) => () => name;

describe('chart export registry', () => {
  it('exports every registered chart in key order, whatever the order of registration', async () => {
    const registry = createChartExportRegistry<string>();
    registry.register('b-merge', image('merge'));
    registry.register('a-placement', image('placement'));
    expect(registry.keys()).toEqual(['a-placement', 'b-merge']);
    expect(await registry.images()).toEqual(['placement', 'merge']);
  });

  it('waits for renders that load their drawing code first', async () => {
    const registry = createChartExportRegistry<string>();
    registry.register('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return 'late';
    });
    registry.register('b', image('now'));
    expect(await registry.images()).toEqual(['late', 'now']);
  });

  it('withdraws a chart when its registration is removed', async () => {
    const registry = createChartExportRegistry<string>();
    const remove = registry.register('a', image('a'));
    registry.register('b', image('b'));
    remove();
    expect(await registry.images()).toEqual(['b']);
    remove(); // twice is harmless
    expect(registry.keys()).toEqual(['b']);
  });

  it('draws a key registered twice once, by its latest registration, and an earlier removal keeps the later one', async () => {
    const registry = createChartExportRegistry<string>();
    const first = registry.register('a-profile', image('main'));
    const second = registry.register('a-profile', image('projector'));
    expect(await registry.images()).toEqual(['projector']);
    first();
    expect(await registry.images()).toEqual(['projector']);
    second();
    expect(await registry.images()).toEqual([]);
  });

  it('falls back to the earlier registration when the latest one of a key is removed', async () => {
    const registry = createChartExportRegistry<string>();
    registry.register('a-profile', image('main'));
    const projector = registry.register('a-profile', image('projector'));
    projector();
    expect(await registry.images()).toEqual(['main']);
  });

  it('leaves out a chart that draws nothing or fails, and still exports the others', async () => {
    const registry = createChartExportRegistry<string>();
    registry.register('a', () => null);
    registry.register('b', () => {
      throw new Error('no 2D context');
    });
    registry.register('c', () => Promise.reject(new Error('chunk failed to load')));
    registry.register('d', image('d'));
    expect(await registry.images()).toEqual(['d']);
  });
});
