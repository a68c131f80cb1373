import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** The rule tags of WCAG 2.2 level AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG 2.2 AA rules whose outcome depends on colours (and so on the theme). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The WCAG 2.2 AA violations on the page as it is now, one line each ("rule (impact): targets"),
 * so a failing test says what to mend. `colours`: only the colour rules (a second theme changes
 * nothing else).
 *
 * axe-core runs in the page directly: injected once per document (through the DevTools protocol,
 * so the site's Content-Security-Policy does not block it), then run as often as needed, collecting
 * violations only (passes and incomplete results are never read). The site has no iframes. This
 * measured 2× faster than @axe-core/playwright, which injects the script again for every analysis.
 */
export async function axeViolations(page: Page, { colours = false, label = '' }: { colours?: boolean; label?: string } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: colours ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG_AA },
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(
    (opts) => (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, opts).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))),
    options,
  );
  return violations.map((v) => `${label ? `${label} ` : ''}${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

/**
 * Every WCAG 2.2 AA rule in the light theme, then the colour rules in the dark one, on the page as
 * it is: the theme follows the system preference (no stored choice), so switching it changes
 * colours only, and one filled-in tool is checked in both themes without being filled in twice.
 */
export async function axeInBothThemes(page: Page, label = ''): Promise<string[]> {
  const named = (theme: string) => (label ? `${label} ${theme}` : theme);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page, { label: named('light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, { colours: true, label: named('dark') });
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light, ...dark];
}
