import { TARGET_ZONE, ZONE_IDS, type ZoneId } from './axes';
import type { SectionId } from './sections';

/** Learning strands of chapter 3: how to use the offer (process), what it means and serves (content). */
export const LEARNING_PATHS = ['process', 'content'] as const;
export type LearningPath = (typeof LEARNING_PATHS)[number];
/** Participation levels of chapter 4 (Bitner et al. 1997). */
export const PARTICIPATION_LEVELS = ['low', 'moderate', 'high'] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];
/** Control levers of chapter 7. */
export const CONTROL_LEVERS = ['accompaniment', 'sanction', 'configuration'] as const;
export type ControlLever = (typeof CONTROL_LEVERS)[number];
/** Which way learning mainly flows (chapter 2): to the customer, from the customer, or both. */
export const LEARNING_DIRECTIONS = ['to', 'from', 'both'] as const;
export type LearningDirection = (typeof LEARNING_DIRECTIONS)[number];
/**
 * `method`: the method itself prescribes it (only the target zone). `site-reading`: this site's
 * practical reading of the grid, as chapter 3 says for every other zone.
 */
export type StrategyBasis = 'method' | 'site-reading';

export const STRATEGY_IDS = [
  'co-create',
  'support-first-steps',
  'learn-from-experts',
  'keep-it-simple',
  'raise-interest',
  'respect-autonomy',
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export interface StrategyRule {
  readonly id: StrategyId;
  readonly zone: ZoneId;
  readonly basis: StrategyBasis;
  /** Learning strands to offer, the first one first. */
  readonly learning: readonly LearningPath[];
  readonly direction: LearningDirection;
  readonly participation: ParticipationLevel;
  /** Control levers to lean on, the main one first. */
  readonly levers: readonly ControlLever[];
  /** Chapter sections that ground the strategy. */
  readonly sections: readonly SectionId[];
}

/**
 * One strategy per zone. The target zone follows the method (chapter 3: involved customers with
 * intermediate knowledge are the target of knowledge-marketing actions; they learn most and have
 * the basics, so both learning strands, high participation and learning both ways). The other
 * zones apply chapter 3's practical reading: involved novices need support so they do not give
 * up (process first, moderate participation, accompaniment); involved experts have much to teach
 * and little will to be taught (learning from them, a contributor's role, rules and reputation);
 * customers with little involvement get a simple offer and low participation, with involvement
 * raised first, differentiated here by what they already know.
 */
export const STRATEGY_RULES: Readonly<Record<ZoneId, StrategyRule>> = {
  'high-intermediate': {
    id: 'co-create',
    zone: 'high-intermediate',
    basis: 'method',
    learning: ['process', 'content'],
    direction: 'both',
    participation: 'high',
    levers: ['accompaniment', 'configuration'],
    sections: ['target-zone', 'learning-strands', 'participation-levels', 'control-levers', 'programme-step'],
  },
  'high-novice': {
    id: 'support-first-steps',
    zone: 'high-novice',
    basis: 'site-reading',
    learning: ['process'],
    direction: 'to',
    participation: 'moderate',
    levers: ['accompaniment', 'configuration'],
    sections: ['learning-effort', 'learning-strands', 'choosing-level', 'control-levers', 'programme-step'],
  },
  'high-expert': {
    id: 'learn-from-experts',
    zone: 'high-expert',
    basis: 'site-reading',
    learning: ['content'],
    direction: 'from',
    participation: 'high',
    levers: ['configuration', 'sanction'],
    sections: ['learning-effort', 'participation-levels', 'control-levers', 'programme-step'],
  },
  'low-novice': {
    id: 'keep-it-simple',
    zone: 'low-novice',
    basis: 'site-reading',
    learning: ['process'],
    direction: 'to',
    participation: 'low',
    levers: ['configuration', 'accompaniment'],
    sections: ['resisting', 'readiness', 'participation-levels', 'control-levers', 'programme-step'],
  },
  'low-intermediate': {
    id: 'raise-interest',
    zone: 'low-intermediate',
    basis: 'site-reading',
    learning: ['content'],
    direction: 'to',
    participation: 'low',
    levers: ['configuration'],
    sections: ['resisting', 'learning-strands', 'participation-levels', 'control-levers', 'programme-step'],
  },
  'low-expert': {
    id: 'respect-autonomy',
    zone: 'low-expert',
    basis: 'site-reading',
    learning: ['content'],
    direction: 'from',
    participation: 'low',
    levers: ['configuration'],
    sections: ['resisting', 'participation-levels', 'control-levers', 'programme-step'],
  },
};

export function strategyFor(zone: ZoneId): StrategyRule {
  return STRATEGY_RULES[zone];
}

export function strategyById(id: StrategyId): StrategyRule {
  const rule = ZONE_IDS.map((zone) => STRATEGY_RULES[zone]).find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`unknown strategy ${id}`);
  return rule;
}

export function isMethodTarget(zone: ZoneId): boolean {
  return zone === TARGET_ZONE;
}
