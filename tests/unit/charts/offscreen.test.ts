import { describe, expect, it } from 'vitest';
import { withTemporary } from '../../../src/components/charts/offscreen';

/** A stand-in for an off-screen chart: counts how often it is destroyed. */
function fakeChart() {
  return {
    destroyed: 0,
    destroy() {
      this.destroyed += 1;
    },
  };
}

describe('off-screen chart cleanup rule', () => {
  it('destroys the chart once its pixels are copied, and returns the copy', () => {
    const chart = fakeChart();
    const copy = withTemporary(
      () => chart,
      (made) => {
        expect(made.destroyed).toBe(0); // alive while it is being copied
        return 'copy';
      },
    );
    expect(copy).toBe('copy');
    expect(chart.destroyed).toBe(1);
  });

  it('destroys the chart when copying fails, and returns null', () => {
    const chart = fakeChart();
    const copy = withTemporary(
      () => chart,
      () => {
        throw new Error('no 2D context');
      },
    );
    expect(copy).toBeNull();
    expect(chart.destroyed).toBe(1);
  });

  it('returns null, destroying nothing, when the chart cannot be made', () => {
    let used = false;
    const copy = withTemporary(
      (): ReturnType<typeof fakeChart> => {
        throw new Error('canvas unavailable');
      },
      () => {
        used = true;
        return 'copy';
      },
    );
    expect(copy).toBeNull();
    expect(used).toBe(false);
  });

  it('leaves no chart alive across exports: each one is gone before the next export begins', () => {
    const charts = [fakeChart(), fakeChart(), fakeChart()];
    const aliveAtStart = charts.map((chart, index) =>
      withTemporary(
        () => chart,
        () => charts.slice(0, index).filter((earlier) => earlier.destroyed === 0).length,
      ),
    );
    expect(aliveAtStart).toEqual([0, 0, 0]);
    expect(charts.map((chart) => chart.destroyed)).toEqual([1, 1, 1]);
  });
});
