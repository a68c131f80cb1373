import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

describe('the accessibility checker is current', () => {
  it('is axe-core 4.14 or later (4.13 missed WCAG 2.5.3 Label in Name on every page)', () => {
    const path = createRequire(import.meta.url).resolve('axe-core/package.json');
    const [major = 0, minor = 0] = (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version.split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(414);
  });
});
