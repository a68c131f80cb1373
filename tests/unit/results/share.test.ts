import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  createRegistry,
  decodeBase64Url,
  decodeShareFragment,
  encodeBase64Url,
  encodeShareFragment,
  hasShareFragment,
  importPastedLinks,
  importShareFragment,
  readShareParam,
  splitPastedLinks,
  type ResultEnvelope,
} from '../../../src/lib/results/index';
import { demoTool, type DemoData } from './fake-tool';
import fc from 'fast-check';
import { AUDIT_STATEMENT_IDS, auditTool, envelopeOf, type AuditData } from './fixtures';
import { refusalText } from './refusal';

/** Property tests run many cases; leave room on a slow, shared machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

const registry = createRegistry(demoTool, auditTool);
const demo = envelopeOf<DemoData>(demoTool, { answers: { reach: 3 }, budget: null, comment: '' }, { title: 'Partage' });

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const fragmentOf = async (text: string): Promise<string> =>
  `#r=1.${encodeBase64Url(await deflate(new TextEncoder().encode(text)))}`;

describe('base64url', () => {
  it('matches the standard base64 (btoa) for any bytes and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const encoded = encodeBase64Url(bytes);
        // Reference: standard base64 from btoa, turned into base64url without padding.
        const reference = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        expect(encoded).toBe(reference);
        expect(decodeBase64Url(encoded)).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);
  it('refuses foreign characters, padding, impossible lengths and non-canonical tails', () => {
    expect(decodeBase64Url('ab+c')).toBeNull();
    expect(decodeBase64Url('abc=')).toBeNull();
    expect(decodeBase64Url('abcde')).toBeNull();
    expect(decodeBase64Url('AB')).toBeNull(); // 'B' leaves non-zero unused bits
    expect(decodeBase64Url('AA')).toEqual(new Uint8Array([0]));
  });
});

describe('share fragment', () => {
  it('reads the r parameter from a hash', () => {
    expect(readShareParam('#r=1.abc')).toBe('1.abc');
    expect(readShareParam('x=2&r=1.abc')).toBe('1.abc');
    expect(readShareParam('#top')).toBeNull();
    expect(hasShareFragment('#r=1.x')).toBe(true);
    expect(hasShareFragment('')).toBe(false);
  });
  it('encodes into the fragment (never a query string) and decodes to the same envelope', async () => {
    const encoded = await encodeShareFragment(demo, demoTool);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.value).toMatch(/^#r=1\.[A-Za-z0-9_-]+$/);
    const outcome = await importShareFragment(encoded.value, { registry, lang: 'fr' });
    expect(outcome).toEqual({ ok: true, envelope: demo, migratedFrom: null });
  });
  it('keeps HTML in a title as plain text through a share link', async () => {
    const hostile = { ...demo, title: '<img src=x onerror=alert(1)>' };
    const encoded = await encodeShareFragment(hostile);
    const outcome = encoded.ok ? await importShareFragment(encoded.value, { registry, lang: 'fr' }) : null;
    expect(outcome?.ok && outcome.envelope.title).toBe('<img src=x onerror=alert(1)>');
  });
  it('drops empty data fields only when the schema restores them identically', async () => {
    const withOptional = envelopeOf<DemoData>(demoTool, { answers: {}, budget: null, comment: '' });
    // budget null and comment '' are required fields: stripping them would change the result, so they stay.
    const encoded = await encodeShareFragment(withOptional, demoTool);
    const decoded = encoded.ok ? await decodeShareFragment(encoded.value) : null;
    expect(decoded?.ok && (decoded.value as ResultEnvelope<DemoData>).data).toEqual({ answers: {}, budget: null, comment: '' });
  });

  it.each([
    ['', 'share-missing'],
    ['#top', 'share-missing'],
    ['#r=', 'share-missing'],
    ['#r=abc', 'share-bad-encoding'],
    ['#r=2.abc', 'share-unsupported-codec'],
    ['#r=1.ab$c', 'share-bad-encoding'],
    ['#r=1.a', 'share-bad-encoding'],
    ['#r=1.AAAA', 'share-bad-compression'],
  ])('refuses %j with %s', async (fragment, code) => {
    const outcome = await importShareFragment(fragment, { registry, lang: 'en' });
    expect(!outcome.ok && outcome.errors[0].code).toBe(code);
  });
  it('refuses a truncated link', async () => {
    const encoded = await encodeShareFragment(demo, demoTool);
    if (!encoded.ok) throw new Error('encode failed');
    const truncated = encoded.value.slice(0, Math.floor(encoded.value.length * 0.6));
    const outcome = await importShareFragment(truncated, { registry, lang: 'en' });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && ['share-bad-compression', 'share-bad-encoding']).toContain(!outcome.ok && outcome.errors[0].code);
  });
  it('refuses a decompression bomb beyond 1 MB without inflating it all', async () => {
    const bomb = await fragmentOf(`"${' '.repeat(5 * 1024 * 1024)}"`);
    expect(bomb.length).toBeLessThan(10_000);
    const outcome = await importShareFragment(bomb, { registry, lang: 'en' });
    expect(!outcome.ok && outcome.errors[0]).toEqual({ code: 'share-too-large', params: { limit: 1048576 } });
    expect(!outcome.ok && refusalText(outcome, 'en', 'link')).toBe('The result in this link is larger than 1 MB once decompressed, so it was refused.');
  });
  it('refuses bad JSON and invalid UTF-8 inside a valid compressed payload', async () => {
    const badJson = await importShareFragment(await fragmentOf('{"format": '), { registry, lang: 'en' });
    expect(!badJson.ok && badJson.errors[0].code).toBe('share-bad-content');
    const badUtf8 = `#r=1.${encodeBase64Url(await deflate(new Uint8Array([0x22, 0xff, 0x22])))}`;
    const outcome = await importShareFragment(badUtf8, { registry, lang: 'en' });
    expect(!outcome.ok && outcome.errors[0].code).toBe('share-bad-content');
  });
  it('validates the decoded result like a file', async () => {
    const wrong = await importShareFragment(await fragmentOf(JSON.stringify(demo)), {
      registry,
      expectedTool: 'maturity-audit',
      lang: 'en',
    });
    expect(!wrong.ok && refusalText(wrong, 'en', 'link')).toBe('This link holds a result from the “demo” tool, not the “maturity audit” tool.');
    // a link is never called a file
    expect(!wrong.ok && refusalText(wrong, 'en', 'link')).not.toMatch(/file/i);
  });
});

describe('largest realistic maturity audit', () => {
  // Sixteen distinct 60-character notes, as a consultant would type them.
  const NOTES = [
    'Les clients experts relisent nos guides avant leur parution.',
    'Aucun retour structuré des ateliers vers la R&D pour le mois',
    'Le forum existe mais personne ne le modère depuis janvier 26',
    'Les vendeurs notent les astuces clients dans le CRM sans tri',
    'Un panel de 40 clients impliqués teste chaque nouvelle offre',
    'Formation en ligne suivie par 12 % des clients seulement, or',
    'Les tutoriels vidéo sont produits sans consulter les usagers',
    'La charte relationnelle est rédigée mais reste peu diffusée.',
    'Les ergonomes rencontrent des clients deux fois par an, env.',
    'Pas de récompense prévue pour les contributions des clients.',
    'Les novices abandonnent le parcours au 2e module : à revoir.',
    'La communauté propose des idées que le marketing ignore tout',
    'Le service client remonte les usages imprévus chaque semaine',
    'Configuration de l’offre possible en ligne depuis mars 2026.',
    'Silos entre ventes et R&D : personne ne partage les retours.',
    'Les clients intermédiaires investissent le plus : à cibler !',
  ];
  const CONFIDENCE = ['low', 'medium', 'high'] as const;

  function largestAudit(): ResultEnvelope<AuditData> {
    const answers: AuditData['answers'] = {};
    AUDIT_STATEMENT_IDS.forEach((id, index) => {
      const note = index % 3 === 0 ? NOTES[index / 3] : undefined;
      answers[id as keyof AuditData['answers']] = {
        value: (index * 7) % 5,
        confidence: CONFIDENCE[(index * 5) % 3] ?? 'low',
        ...(note === undefined ? {} : { note }),
      };
    });
    return envelopeOf(auditTool, { answers }, {
      id: 'Xq3v9LmT0aZk2PwB',
      title: 'Audit de maturité — Direction clientèle, novembre 2026',
      respondent: 'Marie-Hélène Dupont-Lefèvre, responsable de la relation client',
    });
  }

  it('has 48 answered statements, a 60-character note on a third of them', () => {
    const audit = largestAudit();
    const answers = Object.values(audit.data.answers);
    expect(answers).toHaveLength(48);
    const notes = answers.flatMap((answer) => (answer?.note === undefined ? [] : [answer.note]));
    expect(notes).toHaveLength(16);
    for (const note of notes) expect([...note]).toHaveLength(60);
    expect(z.safeParse(auditTool.dataSchema, audit.data).success).toBe(true);
  });

  it('encodes to a share fragment of at most 2,000 characters that decodes back', async () => {
    const audit = largestAudit();
    const encoded = await encodeShareFragment(audit, auditTool);
    if (!encoded.ok) throw new Error('encode failed');
    console.info(`share fragment for the largest audit: ${encoded.value.length} characters`);
    expect(encoded.value.length).toBeLessThanOrEqual(2000);
    const outcome = await importShareFragment(encoded.value, { registry, expectedTool: auditTool, lang: 'fr' });
    expect(outcome).toEqual({ ok: true, envelope: audit, migratedFrom: null });
  });

  it('stays under 2,000 characters even with notes of random letters (worst case for compression)', async () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const letters = 'abcdefghijklmnopqrstuvwxyzéèàçô ,.';
    const audit = largestAudit();
    const answers = Object.fromEntries(
      Object.entries(audit.data.answers).map(([id, answer]) => [
        id,
        answer?.note === undefined
          ? answer
          : { ...answer, note: Array.from({ length: 60 }, () => letters.charAt(Math.floor(random() * letters.length))).join('') },
      ]),
    ) as AuditData['answers'];
    const encoded = await encodeShareFragment({ ...audit, data: { answers } }, auditTool);
    if (!encoded.ok) throw new Error('encode failed');
    console.info(`share fragment with random-letter notes: ${encoded.value.length} characters`);
    expect(encoded.value.length).toBeLessThanOrEqual(2000);
  });
});

describe('pasted links (one rule for every team view)', () => {
  it('reads links one per line or separated by spaces; each good one is a result, each bad one is named and skipped', async () => {
    const good = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const encoded = await encodeShareFragment({ ...demo, id: `member-${i}` });
        if (!encoded.ok) throw new Error('encode failed');
        return `https://site.example/en/tools/x/${encoded.value}`;
      }),
    );
    const damaged = `${good[0]?.slice(0, -12)}`; // cut short when copied
    const pasted = `${good.slice(0, 5).join('\n')}\n${damaged}  ${good.slice(5).join(' ')}\n\nhttps://site.example/no-result`;
    const outcomes = await importPastedLinks(pasted, { registry, lang: 'en' });
    expect(outcomes).toHaveLength(12);
    expect(outcomes.filter(({ outcome }) => outcome.ok)).toHaveLength(10);
    const refused = outcomes.filter(({ outcome }) => !outcome.ok);
    expect(refused.map(({ n }) => n)).toEqual([6, 12]);
    const [cut, missing] = refused.map(({ outcome }) => !outcome.ok && outcome.errors[0].code);
    expect(['share-bad-compression', 'share-bad-encoding']).toContain(cut); // cut where the base64 no longer decodes, or the deflate stream ends early
    expect(missing).toBe('share-missing');
    expect(splitPastedLinks(' a\tb\n\nc ')).toEqual(['a', 'b', 'c']);
  });
});
