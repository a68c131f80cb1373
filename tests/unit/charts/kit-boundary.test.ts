import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What only the chart kit (src/components/charts) does: watch the theme and printing, draw off screen, make and destroy charts. */
const KIT_ONLY = [/MutationObserver/, /matchMedia\(/, /beforeprint|afterprint/, /BasicPlatform/, /new Chart\(/, /\.destroy\(\)/, /toDataURL|toBlob/];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('chart kit boundary', () => {
  it('no tool folder watches the theme or printing, draws a chart off screen or manages a chart instance', () => {
    const found = files('src/components/tools')
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return KIT_ONLY.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern.source}`);
      });
    expect(found).toEqual([]);
  });
});
