import type { Answers } from './answers';
import {
  CHARACTERISTICS,
  type Field,
  FIELD_SCALES,
  MOTIVE_FAMILY,
  ordinal,
  type Characteristic,
  type Family,
  type FieldValue,
  type ProfileId,
} from './scales';

/**
 * Nearest co-production profile.
 *
 * Each profile is read (chapter 6) as a range on each of the four ordinal characteristics, e.g.
 * B = participants from "alone" to "small group". For one answered characteristic, the profile's
 * gap is the number of scale steps between the answer and the nearest end of the range (0 inside
 * the range), divided by the number of steps of that scale, so every characteristic weighs
 * between 0 and 1 whatever its number of values. The distance is the sum of the gaps over the
 * answered characteristics; unanswered ones are ignored (a "partial match").
 *
 * Scales have 3, 4, 2 and 3 values (2, 3, 1 and 2 steps), so gaps are counted exactly in sixths
 * ("units"): one step is worth 3 units for level and freedom, 2 for participants, 6 for
 * repetition. Comparisons use integer units, so ties are exact.
 *
 * Ties on the smallest distance are broken, first, by the customer's main motive (a profile of
 * the family the motive points to wins: price, time, access → utilitarian; experience,
 * personalisation → experiential), then by a separating question when the tied profiles share a
 * region of the four characteristics (on this site's reading, self-service A lies inside
 * flat-pack B: the duration of the effort tells them apart, chapter 6), then by the documented
 * order A, B, C, D, E. When the separating question is still unanswered the proposal says so and
 * names it. With no characteristic answered there is no proposal.
 */

export const DISTANCE_UNITS = 6;

export interface Range<C extends Characteristic> {
  readonly from: FieldValue<C>;
  readonly to: FieldValue<C>;
}

export interface ProfilePosition {
  readonly id: ProfileId;
  readonly family: Family;
  readonly level: Range<'level'>;
  readonly participants: Range<'participants'>;
  readonly repetition: Range<'repetition'>;
  readonly freedom: Range<'freedom'>;
}

export type ComparisonStatus = 'match' | 'off' | 'missing';

export interface CharacteristicComparison {
  readonly characteristic: Characteristic;
  readonly answer: string | null;
  readonly from: string;
  readonly to: string;
  /** Scale steps between the answer and the range (0 inside it, or when unanswered). */
  readonly steps: number;
  /** The gap in sixths of the characteristic's weight (0–6). */
  readonly units: number;
  readonly status: ComparisonStatus;
}

export interface ProfileScore {
  readonly id: ProfileId;
  readonly family: Family;
  /** Total distance in sixths. */
  readonly units: number;
  /** Total distance: units / 6. */
  readonly distance: number;
  /** Answered characteristics on which the answer falls inside the profile's range. */
  readonly matched: number;
  readonly comparisons: readonly CharacteristicComparison[];
}

/**
 * Two profiles whose regions overlap on the four characteristics, and the one question (a field
 * outside the four) that tells them apart: each side lists the answers that point to it.
 */
export interface ProfileSeparator {
  readonly between: readonly [ProfileId, ProfileId];
  readonly field: Field;
  readonly sides: { readonly [id: string]: readonly string[] };
}

export type TieBreak = 'none' | 'motive' | 'motive-then-order' | 'separator' | 'order';

/** A separating question met while breaking a tie: answered (and which side won) or still to ask. */
export interface SeparatorOutcome {
  readonly between: readonly [ProfileId, ProfileId];
  readonly field: Field;
  /** The answer to the separating question, or null while it is unanswered. */
  readonly value: string | null;
  /** The profile the answer points to, or null while the question is unanswered. */
  readonly winner: ProfileId | null;
  readonly resolved: boolean;
}

export type ProfileProposal =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'proposal';
      readonly proposed: ProfileId;
      /** All profiles, nearest first (same order as the tie-break). */
      readonly ranking: readonly ProfileScore[];
      /** Profiles sharing the smallest distance (one when there is no tie). */
      readonly tied: readonly ProfileId[];
      readonly tieBreak: TieBreak;
      /** The family the motive points to, when a motive is answered. */
      readonly motiveFamily: Family | null;
      /** The separating question that applied to the tie, if any (see ProfileSeparator). */
      readonly separator: SeparatorOutcome | null;
      /** Characteristics answered, out of four. */
      readonly answered: number;
      readonly partial: boolean;
    };

/** Units one scale step is worth for a characteristic (6 / number of steps). */
export function stepUnits(characteristic: Characteristic): number {
  return DISTANCE_UNITS / (FIELD_SCALES[characteristic].length - 1);
}

/** Compares one answer with a profile's range on one characteristic. */
export function compareCharacteristic<C extends Characteristic>(
  characteristic: C,
  answer: string | undefined,
  range: Range<C>,
): CharacteristicComparison {
  const base = { characteristic, from: range.from, to: range.to };
  if (answer === undefined) return { ...base, answer: null, steps: 0, units: 0, status: 'missing' };
  const value = ordinal(characteristic, answer);
  const low = ordinal(characteristic, range.from);
  const high = ordinal(characteristic, range.to);
  const steps = value < low ? low - value : value > high ? value - high : 0;
  return { ...base, answer, steps, units: steps * stepUnits(characteristic), status: steps === 0 ? 'match' : 'off' };
}

/** A profile's distance to the answers, characteristic by characteristic. */
export function scoreProfile(answers: Answers, profile: ProfilePosition): ProfileScore {
  const comparisons = CHARACTERISTICS.map((characteristic) =>
    compareCharacteristic(characteristic, answers[characteristic], profile[characteristic] as Range<typeof characteristic>),
  );
  const units = comparisons.reduce((sum, comparison) => sum + comparison.units, 0);
  return {
    id: profile.id,
    family: profile.family,
    units,
    distance: units / DISTANCE_UNITS,
    matched: comparisons.filter((comparison) => comparison.status === 'match').length,
    comparisons,
  };
}

/** Number of the four characteristics answered. */
export function answeredCharacteristics(answers: Answers): number {
  return CHARACTERISTICS.filter((characteristic) => answers[characteristic] !== undefined).length;
}

/**
 * Proposes the nearest profile (see the module comment). `order` is the documented tie-break
 * order; profiles missing from it come last in their given order.
 */
export function proposeProfile(
  answers: Answers,
  profiles: readonly ProfilePosition[],
  order: readonly ProfileId[],
  separators: readonly ProfileSeparator[] = [],
): ProfileProposal {
  const answered = answeredCharacteristics(answers);
  if (answered === 0 || profiles.length === 0) return { kind: 'none' };
  const motiveFamily = answers.motive === undefined ? null : MOTIVE_FAMILY[answers.motive];
  const rank = (id: ProfileId): number => {
    const index = order.indexOf(id);
    return index === -1 ? order.length + profiles.findIndex((profile) => profile.id === id) : index;
  };
  const motiveRank = (score: ProfileScore): number => (motiveFamily === null || score.family === motiveFamily ? 0 : 1);
  const sorted = profiles
    .map((profile) => scoreProfile(answers, profile))
    .sort((a, b) => a.units - b.units || motiveRank(a) - motiveRank(b) || rank(a.id) - rank(b.id));
  const first = sorted[0] as ProfileScore;
  const tiedScores = sorted.filter((score) => score.units === first.units);
  const tied = tiedScores.map((score) => score.id);
  const byMotive = motiveFamily === null ? [] : tiedScores.filter((score) => score.family === motiveFamily);
  const candidates = byMotive.length > 0 ? byMotive : tiedScores;
  // A separating question applies when the two profiles it separates are among the candidates.
  const separatorRule = separators.find((candidate) => candidate.between.every((id) => candidates.some((score) => score.id === id)));
  let separator: SeparatorOutcome | null = null;
  let ranking = sorted;
  if (separatorRule) {
    const value = answers[separatorRule.field];
    const winner = value === undefined ? undefined : separatorRule.between.find((id) => separatorRule.sides[id]?.includes(value));
    separator = { between: separatorRule.between, field: separatorRule.field, value: value ?? null, winner: winner ?? null, resolved: winner !== undefined };
    if (winner !== undefined) {
      const index = sorted.findIndex((score) => score.id === winner);
      ranking = [sorted[index] as ProfileScore, ...sorted.filter((_, position) => position !== index)];
    }
  }
  const best = ranking[0] as ProfileScore;
  let tieBreak: TieBreak = 'none';
  if (tied.length > 1) {
    if (separator?.resolved && candidates.length === 2) tieBreak = 'separator';
    else if (byMotive.length === 1) tieBreak = 'motive';
    else if (byMotive.length > 1 && byMotive.length < tiedScores.length) tieBreak = separator?.resolved ? 'separator' : 'motive-then-order';
    else tieBreak = separator?.resolved ? 'separator' : 'order';
  }
  return {
    kind: 'proposal',
    proposed: best.id,
    ranking,
    tied,
    tieBreak,
    motiveFamily,
    separator,
    answered,
    partial: answered < CHARACTERISTICS.length,
  };
}
