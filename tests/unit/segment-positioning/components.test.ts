/**
 * Server render of the island and its read-only pieces (no DOM): every visible string comes from
 * the dictionaries and data files of the page's language, chapter links are the ones handed in,
 * and user text is escaped.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartTexts, placementPoints } from '../../../src/components/tools/segment-positioning/chart-points';
import { MatrixPanel } from '../../../src/components/tools/segment-positioning/MatrixPanel';
import { PositionChart } from '../../../src/components/tools/segment-positioning/PositionChart';
import { positioningText } from '../../../src/i18n/tools/segment-positioning/index';
import { SegmentPositioningTool } from '../../../src/components/tools/segment-positioning/SegmentPositioningTool';
import { StrategyList } from '../../../src/components/tools/segment-positioning/StrategyList';
import { loadContent } from '../../../src/lib/segment-positioning/content';
import { newSegment, placementSummary, presetToData, SECTION_IDS, type SectionLinks } from '../../../src/lib/segment-positioning/index';

const links = Object.fromEntries(SECTION_IDS.map((id) => [id, { href: `/base/${id}/`, label: `Link ${id}` }])) as SectionLinks;
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('SegmentPositioningTool (server render, before the browser store is ready)', () => {
  it('renders the heading and the results toolbar in French, and nothing English', () => {
    const html = renderToStaticMarkup(createElement(SegmentPositioningTool, { lang: 'fr', content: loadContent('fr'), links }));
    expect(text(html)).toContain('Votre matrice de segments');
    expect(text(html)).toContain('Importer des fichiers…');
    expect(text(html)).not.toContain('Import files');
  });
  it('renders in English', () => {
    const html = renderToStaticMarkup(createElement(SegmentPositioningTool, { lang: 'en', content: loadContent('en'), links }));
    expect(text(html)).toContain('Your segment matrix');
  });
});

describe('read-only matrix and strategies', () => {
  const content = loadContent('en');
  const preset = content.presets.presets[0];
  if (!preset) throw new Error('fixture');
  const data = presetToData(preset);

  it('gives the chart a label, a text summary and a table with one row per segment', () => {
    const html = renderToStaticMarkup(createElement(MatrixPanel, { lang: 'en', data, content }));
    // The chart itself loads when it nears the viewport; its place is kept meanwhile.
    expect(html).toContain('class="chart-placeholder"');
    const points = placementPoints(data, 'en', null);
    const chart = renderToStaticMarkup(
      createElement(PositionChart, { points, texts: chartTexts('en', 'Matrix'), ariaLabel: positioningText('en')('matrix.canvasLabel', { summary: placementSummary(data, positioningText('en')).join(' ') }) }),
    );
    expect(chart).toContain('role="img"');
    expect(chart).toContain('aria-label="Involvement × knowledge matrix. 6 segments placed on the matrix.');
    expect(html.match(/<tr data-segment-id=/g)).toHaveLength(6);
    expect(text(html)).toContain('Bill watchers 34% 3 2.5 Detached novices Keep the offer simple; raise involvement before teaching 4 / 5 (Involved intermediates (target zone))');
    expect(html).not.toContain('role="slider"');
  });

  it('lists the target zone first, with its basis, participation level, levers and chapter links', () => {
    const html = renderToStaticMarkup(createElement(StrategyList, { lang: 'en', data, content, links }));
    const zones = [...html.matchAll(/data-zone="([a-z-]+)"/g)].map((match) => match[1]);
    expect(zones).toEqual(['high-intermediate', 'high-novice', 'high-expert', 'low-novice', 'low-intermediate', 'low-expert']);
    const visible = text(html);
    expect(visible).toContain('The method names this zone as its target; the strategy set out here is this site’s reading.');
    expect(visible).toContain('This site’s reading: the method only describes the target zone; this strategy extends its grid.');
    expect(visible).toContain('Participation level high');
    expect(visible).toContain('Control levers support and training, configuration of the offer');
    expect(html).toContain('href="/base/participation-levels/"');
    expect(html).toContain('href="/base/control-levers/"');
    expect(html).toContain('href="/base/programme-step/"');
    expect(visible).toContain('Targets in another zone: Newly equipped households → Involved intermediates (target zone).');
  });

  it('escapes segment names', () => {
    const html = renderToStaticMarkup(
      createElement(MatrixPanel, { lang: 'en', data: { sizeUnit: 'percent', segments: [newSegment('a', '<b>bold</b>')] }, content }),
    );
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });
});
