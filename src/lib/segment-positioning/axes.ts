/**
 * The two axes of the method and the zones they make. Scores run from 0 to 10 on both axes.
 *
 * Boundaries (this site's reading; the method names the axes and the target zone, not numbers):
 * - knowledge: novice [0, 3.5), intermediate [3.5, 7), expert [7, 10]. On the 0.5-step grid the
 *   scale has 21 points (0, 0.5, …, 10): each band holds exactly 7 of them.
 * - involvement: low [0, 5), high [5, 10]. The midpoint counts as involved, so a segment that is
 *   "half involved" is still considered for the method's actions rather than set aside.
 * A boundary value belongs to the band above it.
 */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** Step of direct input and of keyboard moves; Shift moves by BIG_STEP. */
export const SCORE_STEP = 0.5;
export const SCORE_BIG_STEP = 1;

export const KNOWLEDGE_BANDS = ['novice', 'intermediate', 'expert'] as const;
export type KnowledgeBand = (typeof KNOWLEDGE_BANDS)[number];
export const INVOLVEMENT_LEVELS = ['low', 'high'] as const;
export type InvolvementLevel = (typeof INVOLVEMENT_LEVELS)[number];

/** Lower bound (inclusive) of the intermediate band, then of the expert band. */
export const KNOWLEDGE_INTERMEDIATE_FROM = 3.5;
export const KNOWLEDGE_EXPERT_FROM = 7;
/** Lower bound (inclusive) of high involvement. */
export const INVOLVEMENT_HIGH_FROM = 5;

export const ZONE_IDS = [
  'high-novice',
  'high-intermediate',
  'high-expert',
  'low-novice',
  'low-intermediate',
  'low-expert',
] as const;
export type ZoneId = (typeof ZONE_IDS)[number];

/** The zone the method aims its actions at: involved customers with intermediate knowledge. */
export const TARGET_ZONE: ZoneId = 'high-intermediate';

export interface Position {
  readonly knowledge: number;
  readonly involvement: number;
}

/** A rectangle of the matrix in score units, lower bounds inclusive. */
export interface ZoneRect {
  readonly zone: ZoneId;
  readonly knowledge: readonly [number, number];
  readonly involvement: readonly [number, number];
}

/** Knowledge bands in score units, in order. */
export const KNOWLEDGE_RANGES: Readonly<Record<KnowledgeBand, readonly [number, number]>> = {
  novice: [SCORE_MIN, KNOWLEDGE_INTERMEDIATE_FROM],
  intermediate: [KNOWLEDGE_INTERMEDIATE_FROM, KNOWLEDGE_EXPERT_FROM],
  expert: [KNOWLEDGE_EXPERT_FROM, SCORE_MAX],
};

export const INVOLVEMENT_RANGES: Readonly<Record<InvolvementLevel, readonly [number, number]>> = {
  low: [SCORE_MIN, INVOLVEMENT_HIGH_FROM],
  high: [INVOLVEMENT_HIGH_FROM, SCORE_MAX],
};

function assertScore(value: number, axis: string): void {
  if (!Number.isFinite(value) || value < SCORE_MIN || value > SCORE_MAX) {
    throw new RangeError(`${axis} score must be a number from ${SCORE_MIN} to ${SCORE_MAX} (got ${value})`);
  }
}

export function knowledgeBand(score: number): KnowledgeBand {
  assertScore(score, 'knowledge');
  if (score < KNOWLEDGE_INTERMEDIATE_FROM) return 'novice';
  if (score < KNOWLEDGE_EXPERT_FROM) return 'intermediate';
  return 'expert';
}

export function involvementLevel(score: number): InvolvementLevel {
  assertScore(score, 'involvement');
  return score < INVOLVEMENT_HIGH_FROM ? 'low' : 'high';
}

export function zoneId(level: InvolvementLevel, band: KnowledgeBand): ZoneId {
  return `${level}-${band}`;
}

/** The zone of a position; throws on a score outside 0–10 (the data schema never lets one in). */
export function zoneOf(position: Position): ZoneId {
  return zoneId(involvementLevel(position.involvement), knowledgeBand(position.knowledge));
}

export function zoneParts(zone: ZoneId): { readonly level: InvolvementLevel; readonly band: KnowledgeBand } {
  const [level, band] = zone.split('-') as [InvolvementLevel, KnowledgeBand];
  return { level, band };
}

/** The six zones as rectangles, high involvement first (as in the chapter's figure). */
export function zoneRects(): ZoneRect[] {
  return ZONE_IDS.map((zone) => {
    const { level, band } = zoneParts(zone);
    return { zone, knowledge: KNOWLEDGE_RANGES[band], involvement: INVOLVEMENT_RANGES[level] };
  });
}

export function isTargetZone(zone: ZoneId): boolean {
  return zone === TARGET_ZONE;
}
