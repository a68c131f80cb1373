/**
 * Each positioning preset run through the tool's logic: every segment lands in the zone its own
 * description points to, gets that zone's strategy, and its target (when set) goes where that
 * strategy says to aim. Expected zones are read by hand from the boundaries (knowledge below 3.5
 * novice, from 7 expert; involvement from 5 high) and checked against the segment's words.
 * The energy preset also carries the target of chapter 11's first case.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/segment-positioning/content';
import {
  newSegment,
  positionOf,
  presetToData,
  strategyFor,
  TARGET_ZONE,
  zoneOf,
  zoneOfSegment,
  type ZoneId,
} from '../../../src/lib/segment-positioning/index';

/** Segment id → [zone of the position, strategy, zone of the target or null]. */
const EXPECTED: Record<string, Record<string, [ZoneId, string, ZoneId | null]>> = {
  'energy-households': {
    // 5.5 / 7.5: "follow their consumption … know the basics" → involved intermediates
    'eco-engaged': ['high-intermediate', 'co-create', 'high-intermediate'],
    // 2.5 / 6.5: "have just installed … want to make good use of it" → involved novices
    'newly-equipped': ['high-novice', 'support-first-steps', 'high-intermediate'],
    // 8.5 / 8.5: "monitor every appliance … discuss settings in forums"
    'home-energy-enthusiasts': ['high-expert', 'learn-from-experts', null],
    // 3 / 2.5: "look only at the amount to pay"
    'bill-watchers': ['low-novice', 'keep-it-simple', 'high-intermediate'],
    // 5.5 / 3.5: "know the main ways to save energy but find no time"
    'busy-informed': ['low-intermediate', 'raise-interest', 'high-intermediate'],
    // 7.5 / 2: "understand heating systems well but see no reason to engage"
    'technical-detached': ['low-expert', 'respect-autonomy', null],
  },
  'electronics-brand': {
    'first-time-buyers': ['low-novice', 'keep-it-simple', 'high-intermediate'], // 1.5 / 4, "automatic mode"
    'hobbyist-creators': ['high-intermediate', 'co-create', 'high-intermediate'], // 5 / 8, "want to improve"
    'professional-users': ['high-expert', 'learn-from-experts', null], // 9 / 7
    'gift-buyers': ['low-novice', 'keep-it-simple', null], // 2 / 1.5
    'eager-upgraders': ['high-novice', 'support-first-steps', 'high-intermediate'], // 3 / 6, "unsure what the extra features do"
    'pragmatic-experts': ['low-expert', 'respect-autonomy', null], // 7.5 / 3.5, "a mere tool"
  },
};

describe.each(['fr', 'en'] as const)('positioning presets (%s)', (lang) => {
  const { presets } = loadContent(lang).presets;
  it('are the two presets pinned here, with the same segments', () => {
    expect(presets.map((preset) => preset.id)).toEqual(Object.keys(EXPECTED));
    for (const preset of presets) expect(preset.segments.map((segment) => segment.id)).toEqual(Object.keys(EXPECTED[preset.id]!));
  });
  for (const preset of presets) {
    it(`${preset.id}: every segment's zone, strategy and target`, () => {
      const data = presetToData(preset);
      for (const segment of data.segments) {
        const [zone, strategy, targetZone] = EXPECTED[preset.id]![segment.id]!;
        expect(zoneOfSegment(segment), segment.id).toBe(zone);
        expect(strategyFor(zone).id, segment.id).toBe(strategy);
        expect(segment.target ? zoneOf(segment.target) : null, segment.id).toBe(targetZone);
      }
    });
  }
  it('aim targets where each strategy says (support and raise interest into the target zone; keep it simple raises involvement first)', () => {
    for (const preset of presets) {
      for (const segment of presetToData(preset).segments) {
        const position = positionOf(segment)!;
        const strategy = strategyFor(zoneOf(position)).id;
        if (!segment.target) continue;
        if (strategy === 'support-first-steps' || strategy === 'raise-interest') expect(zoneOf(segment.target), segment.id).toBe(TARGET_ZONE);
        if (strategy === 'keep-it-simple') expect(segment.target.involvement, segment.id).toBeGreaterThan(position.involvement);
      }
    }
  });
});

describe('chapter 11, case 1: the energy preset holds the case’s target', () => {
  it('households watching their consumption with some bearings sit in the target zone', () => {
    const preset = loadContent('en').presets.presets.find((candidate) => candidate.id === 'energy-households')!;
    const inTarget = presetToData(preset).segments.filter((segment) => zoneOfSegment(segment) === TARGET_ZONE).map((segment) => segment.id);
    expect(inTarget).toEqual(['eco-engaged']);
  });
});

describe('a new segment', () => {
  it('starts unplaced: no position, no zone, no strategy, until it is placed', () => {
    const segment = newSegment('s-new', 'New');
    expect(segment.mode).toBe('questions');
    expect(positionOf(segment)).toBeNull();
    expect(zoneOfSegment(segment)).toBeNull();
    // One answer per axis places it: involvement 3 → 7.5, knowledge 1 → 2.5 → involved novices.
    const placed = { ...segment, answers: { 'inv-time': 3, 'kn-familiarity': 1 } };
    expect(positionOf(placed)).toEqual({ knowledge: 2.5, involvement: 7.5 });
    expect(zoneOfSegment(placed)).toBe('high-novice');
  });
});
