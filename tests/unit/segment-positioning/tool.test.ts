/** The tool as the results layer sees it: schema, empty data, CSV, JSON and share-link round trips. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  definitionProblems,
  encodeShareFragment,
  exportCsv,
  exportJson,
  importResult,
  importShareFragment,
  makeEnvelope,
  type ResultEnvelope,
} from '../../../src/lib/results/index';
import { loadContent } from '../../../src/lib/segment-positioning/content';
import {
  newSegment,
  positionOf,
  presetToData,
  createPositioningTool,
  type SegmentPositioningData,
} from '../../../src/lib/segment-positioning/index';
import { refusalText } from '../results/refusal';
import { positioningText } from '../../../src/i18n/tools/segment-positioning/index';

const segmentPositioningTool = createPositioningTool(positioningText);

const NOW = '2026-03-01T10:00:00.000Z';
const envelopeOf = (data: SegmentPositioningData): ResultEnvelope<SegmentPositioningData> =>
  makeEnvelope({ tool: 'segment-positioning', schemaVersion: segmentPositioningTool.schemaVersion, data, lang: 'en', id: 'r1', now: NOW, title: 'Team A', respondent: 'Ana' });

const preset = loadContent('en').presets.presets[0];
if (!preset) throw new Error('fixture');
const presetData = presetToData(preset);

describe('segmentPositioningTool', () => {
  it('is a complete definition with valid empty data', () => {
    expect(definitionProblems(segmentPositioningTool as never)).toEqual([]);
    expect(segmentPositioningTool.emptyData()).toEqual({ sizeUnit: 'percent', segments: [] });
  });

  it('refuses duplicate segment ids and out-of-range values, naming the field', () => {
    const a = { ...newSegment('a', 'A'), mode: 'direct' as const };
    const duplicate = importResult(exportJson(envelopeOf({ sizeUnit: 'percent', segments: [a, { ...a }] })), {
      expectedTool: segmentPositioningTool,
      lang: 'en',
    });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(refusalText(duplicate, 'en')).toBe('Field “segments”: several items have the same identifier (a).');
    const outOfRange = importResult(exportJson(envelopeOf({ sizeUnit: 'percent', segments: [{ ...a, direct: { knowledge: 11, involvement: 5 } }] })), {
      expectedTool: segmentPositioningTool,
      lang: 'en',
    });
    expect(outOfRange.ok).toBe(false);
    const badAnswer = z.safeParse(segmentPositioningTool.dataSchema, { sizeUnit: 'percent', segments: [{ ...a, answers: { 'inv-time': 5 } }] });
    expect(badAnswer.success).toBe(false);
    const unknownQuestion = z.safeParse(segmentPositioningTool.dataSchema, { sizeUnit: 'percent', segments: [{ ...a, answers: { nope: 1 } }] });
    expect(unknownQuestion.success).toBe(false);
  });

  it('exports JSON that imports back identical (positions, targets, answers, modes)', () => {
    const data: SegmentPositioningData = {
      ...presetData,
      segments: [...presetData.segments, { ...newSegment('seg-q', 'Asked'), mode: 'questions', answers: { 'inv-time': 3, 'kn-expertise': 1 } }],
    };
    const envelope = envelopeOf(data);
    const back = importResult(exportJson(envelope), { expectedTool: segmentPositioningTool, lang: 'en' });
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.envelope).toEqual(envelope);
  });

  it('survives a share link', async () => {
    const envelope = envelopeOf(presetData);
    const fragment = await encodeShareFragment(envelope, segmentPositioningTool as never);
    expect(fragment.ok).toBe(true);
    if (!fragment.ok) return;
    const back = await importShareFragment(fragment.value, { expectedTool: segmentPositioningTool, lang: 'en' });
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.envelope).toEqual(envelope);
  });

  it('exports one CSV row per segment with zone, strategy and target, in the export language', () => {
    const csv = exportCsv(envelopeOf(presetData), segmentPositioningTool, ',', 'en');
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + presetData.segments.length);
    expect(lines[0]).toMatch(/^id,segment,description,size,size unit,placement mode,knowledge \(0-10\),involvement \(0-10\),knowledge level,involvement level,zone,strategy,/);
    // Eco-engaged households: 5.5 / 7.5 → involved intermediates, co-create; target 6.5 / 8.
    expect(lines[1]).toBe(
      'eco-engaged,Eco-engaged households,Follow their consumption online and try to reduce it; know the basics of heating and insulation.,18,share of customers (%),typed in,5.5,7.5,intermediate,high,Involved intermediates (target zone),co-create,high,process-based (using the offer) + content-based (understanding the field and the benefits),support and training + configuration of the offer,6.5,8,Involved intermediates (target zone),,,,,,',
    );
    const french = exportCsv(envelopeOf(presetData), segmentPositioningTool, ';', 'fr');
    expect(french).toContain('5,5;7,5;intermédiaire;forte;Intermédiaires impliqués (zone cible);co-create;forte');
  });

  it('leaves position columns empty for a segment not placed yet', () => {
    const table = segmentPositioningTool.csvRows(envelopeOf({ sizeUnit: 'count', segments: [{ ...newSegment('a', 'A'), mode: 'questions', answers: { 'inv-time': 2 } }] }), 'en');
    expect(table.rows[0]?.slice(6, 12)).toEqual([null, null, null, null, 'not placed yet', null]);
    expect(table.rows[0]?.slice(-6)).toEqual([2, null, null, null, null, null]);
  });
});

describe('version 1 → 2 (involvement no longer read from the willingness to take part)', () => {
  const v1 = {
    format: 'kmm-result',
    formatVersion: 1,
    tool: 'segment-positioning',
    schemaVersion: 1,
    id: 'v1-result',
    locale: 'en',
    title: 'Before the change',
    createdAt: NOW,
    updatedAt: NOW,
    data: {
      sizeUnit: 'percent',
      segments: [
        {
          id: 's-asked', name: 'Asked', description: '', size: 10, mode: 'questions', direct: { knowledge: 5, involvement: 5 },
          answers: { 'inv-time': 3, 'inv-interest': 1, 'inv-participation': 4, 'kn-familiarity': 2 }, target: null,
        },
        { id: 's-typed', name: 'Typed', description: '', size: null, mode: 'direct', direct: { knowledge: 2, involvement: 8 }, answers: {}, target: null },
      ],
    },
  };
  it('keeps the old answer aside, unscored, and places the segment from the answers left', () => {
    const outcome = importResult(JSON.stringify(v1), { expectedTool: segmentPositioningTool, lang: 'en' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.migratedFrom).toBe(1);
    const [asked, typed] = outcome.envelope.data.segments;
    expect(asked).toMatchObject({ answers: { 'inv-time': 3, 'inv-interest': 1, 'kn-familiarity': 2 }, retired: { 'inv-participation': 4 } });
    // involvement: (3 + 1) / 2 = 2 → 2 ÷ 4 × 10 = 5 (it was (3 + 1 + 4) / 3 → 6.67); knowledge 2 → 5
    expect(positionOf(asked!)).toEqual({ knowledge: 5, involvement: 5 });
    expect(typed).toEqual(v1.data.segments[1]);
    const again = importResult(exportJson(outcome.envelope), { expectedTool: segmentPositioningTool, lang: 'en' });
    expect(again.ok && again.migratedFrom === null && again.envelope).toEqual(outcome.envelope);
  });
});

