/**
 * Server-side render of the React pieces (no DOM needed): they render without touching
 * browser APIs, take every visible string from the dictionaries, and escape user text.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SavedResultItem } from '../../../src/components/results/SavedResultItem';
import { SaveStatus } from '../../../src/components/results/SaveStatus';
import { ShareView } from '../../../src/components/results/ShareView';
import { ToolShell } from '../../../src/components/results/ToolShell';
import { demoTool, type DemoData } from './fake-tool';
import { envelopeOf, plain } from './fixtures';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
/** Visible text of rendered HTML: tags dropped, entities decoded, spaces collapsed. */
const text = (html: string): string =>
  plain(html.replace(/<[^>]+>/g, ' ').replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity))
    .replace(/\s+/g, ' ')
    .trim();

/** The fake tool in the shell, as the server renders it. */
const shell = (lang: 'fr' | 'en'): string =>
  renderToStaticMarkup(
    createElement(ToolShell<DemoData>, {
      tool: demoTool,
      lang,
      className: 'fake-root',
      heading: createElement('h2', null, lang === 'fr' ? 'Outil factice' : 'Fake tool'),
      renderReadOnly: (envelope) => createElement('p', null, envelope.data.comment),
      children: (_session, envelope) => createElement('p', { className: 'fake-sections' }, envelope.data.comment),
    }),
  );

describe('ToolShell (server render, before the browser store is ready)', () => {
  it('renders in French with the loading status, import controls and the saved results folded in the bar, and no sections yet', () => {
    const html = shell('fr');
    const visible = text(html);
    expect(visible).toContain('Outil factice');
    expect(visible).toContain('Chargement…');
    expect(visible).toContain('Importer des fichiers…');
    // The saved results and workshop mode are panels one click away, closed on arrival.
    expect(visible).toContain('Résultats enregistrés (0)');
    expect(visible).toContain('Atelier…');
    expect(html.match(/aria-expanded="false"/g)).toHaveLength(2);
    expect(visible).not.toContain('Résultats enregistrés dans ce navigateur');
    expect(visible).toContain('Nouveau résultat');
    expect(html).toContain('aria-live="polite"');
    expect(html.match(/aria-live=/g)).toHaveLength(1);
    expect(html).not.toContain('fake-sections');
  });
  it('renders in English with English strings only', () => {
    const visible = text(shell('en'));
    expect(visible).toContain('Fake tool');
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
        renderResult: (shared) => createElement('p', null, shared.data.comment),
        onKeepCopy: () => null,
        onBack: () => undefined,
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(html)).toContain('Shared result (read-only)');
    expect(text(html)).toContain('Keep a copy');
    expect(text(html)).toContain('Back to my work');
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
