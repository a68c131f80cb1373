/**
 * The worked-cases chapter (chapter 11) run through the planner. Each case's illustration box is
 * turned into planner answers, bullet by bullet (answers the box does not give are left out); the
 * planner must reach the conclusion the chapter states in its "at a glance" table, read from the
 * chapter itself in both languages: the profile (a letter when it fits, otherwise none exactly)
 * and the main levers, in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeEmphasis,
  leversByEmphasis,
  proposeProfile,
  type Answers,
} from '../../../src/lib/participation-planner/index';
import type { Lever } from '../../../src/lib/participation-planner/scales';
import type { Lang } from '../../../src/lib/i18n-core';
import { CONTENT } from './planner-content';

const CHAPTERS: Record<Lang, string> = {
  fr: 'src/content/guides/fr/cas-pratiques.mdx',
  en: 'src/content/guides/en/worked-cases.mdx',
};
const LEVER_WORDS: Record<Lang, Record<string, Lever>> = {
  fr: { accompagnement: 'accompaniment', sanction: 'sanction', configuration: 'configuration' },
  en: { support: 'accompaniment', sanction: 'sanction', configuration: 'configuration' },
};

/** The five cases, in the chapter's order, as planner answers. */
const CASES: readonly { readonly id: string; readonly answers: Answers }[] = [
  {
    // Case 1, energy: "Moderate … customers supply information"; "individual, repeated participation …
    // middling freedom"; target "with some bearings" (intermediate); the programme brings households
    // to a new level of skill in managing energy (a new offer, sustained over time).
    id: 'energy',
    answers: {
      level: 'moderate', personalisation: 'mass-customised', participants: 'alone', repetition: 'repeated', freedom: 'moderate',
      knowledge: 'intermediate', innovation: 'high', duration: 'long', deviance: 'low',
    },
  },
  {
    // Case 2, prosumers: "Level. High"; a community (many members) whose ideas keep feeding products
    // (repeated); "a wide space of freedom"; "often expert customers"; programmable construction
    // sets (a complex task).
    id: 'prosumers',
    answers: {
      level: 'high', participants: 'large-group', repetition: 'repeated', freedom: 'high', motive: 'personalisation',
      knowledge: 'expert', complexity: 'high',
    },
  },
  {
    // Case 3, flat-pack: "Moderate … alone or in pairs, one-off, with little room for freedom";
    // customers "of middling skill"; "The main risk here is deviant behaviour"; standard offer.
    id: 'flat-pack',
    answers: {
      level: 'moderate', personalisation: 'standard', participants: 'small-group', repetition: 'one-off', freedom: 'low', motive: 'price',
      knowledge: 'intermediate', deviance: 'high', duration: 'medium',
    },
  },
  {
    // Case 4, self-service: "Moderate"; "alone, one-off participation …, little freedom"; customers
    // "want to be quick" (a short task, to save time); "Novices … need some initial learning".
    id: 'self-service',
    answers: {
      level: 'moderate', personalisation: 'standard', participants: 'alone', repetition: 'one-off', freedom: 'low', motive: 'time',
      duration: 'short', knowledge: 'novice',
    },
  },
  {
    // Case 5, board game: "High"; "small group, repeated participation, moderate to wide freedom";
    // "players who know the rules without having mastered the strategies" (intermediate).
    id: 'board-game',
    answers: {
      level: 'high', participants: 'small-group', repetition: 'repeated', freedom: 'moderate', motive: 'experience',
      knowledge: 'intermediate',
    },
  },
];

/** The chapter's summary table: one row per case, cells trimmed. */
function glanceRows(lang: Lang): string[][] {
  const lines = readFileSync(CHAPTERS[lang], 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('|') && /\| (Profile|Profil) \|/.test(line));
  if (header === -1) throw new Error(`${CHAPTERS[lang]}: no summary table`);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((cell) => cell.trim()));
  }
  return rows;
}

function run(answers: Answers) {
  const { profiles, order, separators } = CONTENT.en.positions;
  const proposal = proposeProfile(answers, profiles, order, separators);
  if (proposal.kind !== 'proposal') throw new Error('expected a proposal');
  const levers = leversByEmphasis(computeEmphasis(CONTENT.en.rules, answers).levers);
  return { proposal, levers };
}

describe.each(['fr', 'en'] as const)('chapter 11 conclusions reached by the planner (%s)', (lang) => {
  const rows = glanceRows(lang);
  it('has one summary row per case', () => {
    expect(rows).toHaveLength(CASES.length);
  });
  CASES.forEach((worked, index) => {
    it(`${worked.id}: the profile and the main levers the chapter states`, () => {
      const row = rows[index]!;
      const profileCell = row[6]!;
      const leverCell = row[7]!;
      const { proposal, levers } = run(worked.answers);
      const letters = profileCell.match(/\b[A-E]\b/g) ?? [];
      if (/^[A-E]$/.test(profileCell)) {
        // One profile named: the planner proposes it, inside its region.
        expect(proposal.proposed).toBe(profileCell);
        expect(proposal.ranking[0]?.units).toBe(0);
      } else {
        // None or several named: no profile fits exactly; the ones named are the nearest, in order.
        expect(proposal.ranking[0]!.units).toBeGreaterThan(0);
        expect(proposal.ranking.slice(0, letters.length).map((score) => [...letters].includes(score.id))).toEqual(letters.map(() => true));
      }
      const named = leverCell.split(',').map((word) => LEVER_WORDS[lang][word.trim().toLocaleLowerCase(lang)]);
      expect(named.every((lever) => lever !== undefined)).toBe(true);
      expect(levers.slice(0, named.length).map((lever) => lever.lever)).toEqual(named);
      // Sanction is never the strongest lever in these cases, nor in the chapter.
      expect(levers[0]!.lever).not.toBe('sanction');
    });
  });
});

describe('the worked cases, hand-computed', () => {
  const values = (answers: Answers) => {
    const { proposal, levers } = run(answers);
    const byLever = Object.fromEntries(levers.map((lever) => [lever.lever, lever.value]));
    return { proposed: proposal.proposed, units: proposal.ranking[0]!.units, mix: [byLever.accompaniment, byLever.sanction, byLever.configuration] };
  };
  const get = (id: string) => CASES.find((worked) => worked.id === id)!.answers;
  it('energy: nearest E at 5/6 (level 3 + participants 2), 60 / 30 / 40', () => {
    // accompaniment 40 + long effort 10 + new offer 10 = 60; sanction 30; configuration 40
    expect(values(get('energy'))).toEqual({ proposed: 'E', units: 5, mix: [60, 30, 40] });
  });
  it('prosumers: nearest E at 2/6 (large group vs small group), 50 / 45 / 60', () => {
    // acc 40 + high level 10 − expert 10 + complex 10 = 50 · sanction 30 + community 15 = 45
    // configuration 40 + many participants 10 + expert with wide freedom 10 = 60
    expect(values(get('prosumers'))).toEqual({ proposed: 'E', units: 2, mix: [50, 45, 60] });
  });
  it('flat-pack: B, 40 / 25 / 60', () => {
    // sanction 30 − one-off 15 + deviance 10 = 25 · configuration 40 + deviance 10 + little freedom 10 = 60
    expect(values(get('flat-pack'))).toEqual({ proposed: 'B', units: 0, mix: [40, 25, 60] });
  });
  it('flat-pack assembled alone: A and B tie, the longer effort keeps B', () => {
    expect(values({ ...get('flat-pack'), participants: 'alone' })).toMatchObject({ proposed: 'B', units: 0 });
  });
  it('self-service: A (a short task), 40 / 15 / 50', () => {
    // sanction 30 − one-off 15 = 15 · configuration 40 + little freedom 10 = 50
    expect(values(get('self-service'))).toEqual({ proposed: 'A', units: 0, mix: [40, 15, 50] });
  });
  it('board game: E, 50 / 30 / 40', () => {
    // accompaniment 40 + high level 10 = 50; a small group is not a community, sanction stays at 30
    expect(values(get('board-game'))).toEqual({ proposed: 'E', units: 0, mix: [50, 30, 40] });
  });
});
