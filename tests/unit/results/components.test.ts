/**
 * Server-side render of the React pieces (no DOM needed): they render without touching
 * browser APIs, take every visible string from the dictionaries, and escape user text.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DemoResultView } from '../../../src/components/results/DemoResultView';
import { DemoTool } from '../../../src/components/results/DemoTool';
import { SavedResultItem } from '../../../src/components/results/SavedResultItem';
import { SaveStatus } from '../../../src/components/results/SaveStatus';
import { ShareView } from '../../../src/components/results/ShareView';
import type { DemoData } from '../../../src/lib/results/demo-tool';
import { demoTool } from './demo-tool';
import { envelopeOf, plain } from './fixtures';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
/** Visible text of rendered HTML: tags dropped, entities decoded, spaces collapsed. */
const text = (html: string): string =>
  plain(html.replace(/<[^>]+>/g, ' ').replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity))
    .replace(/\s+/g, ' ')
    .trim();

describe('DemoTool (server render, before the browser store is ready)', () => {
  it('renders in French with the loading status, import controls and empty list', () => {
    const html = renderToStaticMarkup(createElement(DemoTool, { lang: 'fr' }));
    const visible = text(html);
    expect(visible).toContain('Outil de démonstration');
    expect(visible).toContain('Chargement…');
    expect(visible).toContain('Importer des fichiers…');
    expect(visible).toContain('Résultats enregistrés dans ce navigateur');
    expect(visible).toContain('Nouveau résultat');
    expect(html).toContain('aria-live="polite"');
  });
  it('renders in English with English strings only', () => {
    const visible = text(renderToStaticMarkup(createElement(DemoTool, { lang: 'en' })));
    expect(visible).toContain('Demo tool');
    expect(visible).toContain('Import files…');
    expect(visible).not.toContain('Importer');
  });
});

describe('SaveStatus', () => {
  it.each([
    ['saved', { persistent: true }, 'en', 'Saved in this browser'],
    ['pending', { persistent: true }, 'en', 'Saving…'],
    ['saved', { persistent: false, reason: 'unavailable' }, 'en', 'Not saved: browser storage is unavailable, this work will be lost on reload.'],
    ['saved', { persistent: false, reason: 'quota' }, 'fr', "Non enregistré : le stockage du navigateur est plein, ce travail sera perdu au rechargement de la page. Exportez-le ou supprimez d'anciens résultats."],
    ['conflict', { persistent: true }, 'en', 'Not saved: this result was also changed in another tab.'],
  ] as const)('%s / %j in %s', (state, persistence, lang, message) => {
    const visible = text(renderToStaticMarkup(createElement(SaveStatus, { state, persistence, lang })));
    expect(visible.endsWith(message)).toBe(true);
  });
});

describe('user text is never HTML', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const envelope = envelopeOf<DemoData>(demoTool, { answers: { clarity: 2 }, budget: 1500, comment: hostile }, {
    title: hostile,
    respondent: hostile,
  });
  it('ShareView escapes the title and respondent', () => {
    const html = renderToStaticMarkup(
      createElement(ShareView<DemoData>, {
        lang: 'en',
        shared: { kind: 'ready', envelope },
        renderResult: (shared) => createElement(DemoResultView, { lang: 'en', data: shared.data }),
        onKeepCopy: () => null,
        onBack: () => undefined,
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(html)).toContain('Shared result (read-only)');
    expect(text(html)).toContain('Keep a copy');
    expect(text(html)).toContain('Back to my work');
    expect(text(html)).toContain('1,500');
  });
  it('the saved-results list escapes titles and labels each action group', () => {
    const html = renderToStaticMarkup(
      createElement(SavedResultItem, {
        lang: 'fr',
        summary: { id: 'a', title: hostile, createdAt: envelope.createdAt, updatedAt: envelope.updatedAt, rev: 1 },
        isOpen: false,
        onOpen: () => undefined,
        onRename: () => true,
        onDuplicate: () => undefined,
        onDelete: () => undefined,
      }),
    );
    expect(html).not.toContain('<img');
    expect(plain(html)).toContain('aria-label="Actions pour « &lt;img src=x onerror=alert(1)&gt; »"');
    expect(text(html)).toContain('Ouvrir Renommer Dupliquer Supprimer');
  });
});
