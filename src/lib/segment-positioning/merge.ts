import { zoneOf, type Position, type ZoneId } from './axes';
import { round2 } from './numbers';
import type { SegmentPositioningData } from './schema';
import { positionOf } from './segment';

/** One team member's placement, as read from a results file or a share link. */
export interface Placement {
  /** Id of the member's result: the same result imported twice is one member (see mergeMembers). */
  readonly id: string;
  /** Who placed it (respondent, else title, else file name): shown in the merged view. */
  readonly label: string;
  readonly data: SegmentPositioningData;
}

/** Mean, extremes and population standard deviation of one axis over the placements. */
export interface AxisStats {
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  readonly sd: number;
}

export interface MergedSegment {
  /** Id of the merged segment: the first id met. */
  readonly id: string;
  /** Every id matched into this segment, in order of appearance. */
  readonly ids: readonly string[];
  /** The first non-empty name met. */
  readonly name: string;
  readonly description: string;
  /** Indices of the placements that placed this segment. */
  readonly placements: readonly number[];
  /** Where each of those placements put it, in the same order. */
  readonly positions: readonly Position[];
  readonly knowledge: AxisStats;
  readonly involvement: AxisStats;
  /** Mean position (knowledge, involvement means) and its zone. */
  readonly mean: Position;
  readonly zone: ZoneId;
  /**
   * The zones the members' own placements fall in, most frequent first (ties in zone order of first
   * appearance). More than one: the members disagree on where the segment belongs, whatever the mean.
   */
  readonly zones: readonly { readonly zone: ZoneId; readonly count: number }[];
  /** Mean of the sizes given (null when none). */
  readonly size: number | null;
  /** Mean of the targets given, with how many placements set one (null when none). */
  readonly target: (Position & { readonly count: number }) | null;
}

export interface MergeResult {
  readonly segments: readonly MergedSegment[];
  /** Segments left out because their answers do not place them yet. */
  readonly unplaced: readonly { readonly placement: number; readonly name: string }[];
  /** True when the placements do not all use the same size unit (sizes are then left out). */
  readonly mixedSizeUnits: boolean;
  readonly sizeUnit: SegmentPositioningData['sizeUnit'];
}

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/**
 * The name used to match segments whose ids differ: accents and ligatures folded, lower case,
 * any run of punctuation or spaces made one space. "Ménages  éco-engagés" → "menages eco engages".
 */
export function normaliseName(name: string): string {
  return name
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Statistics of a non-empty list; sd is the population standard deviation (÷ n), all rounded to 2 decimals. */
export function axisStats(values: readonly number[]): AxisStats {
  if (values.length === 0) throw new RangeError('axisStats needs at least one value');
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { mean: round2(mean), min: Math.min(...values), max: Math.max(...values), sd: round2(Math.sqrt(variance)) };
}

interface Group {
  readonly ids: string[];
  readonly names: Set<string>;
  readonly placements: number[];
  name: string;
  description: string;
  readonly positions: Position[];
  readonly sizes: number[];
  readonly targets: Position[];
}

/** `base`, or `base-2`, `base-3`… when taken (an id can head two groups in a contrived case). */
function uniqueId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base.slice(0, 60)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** How many positions fall in each zone, most first; equal counts keep the order of first appearance. */
export function zoneCounts(positions: readonly Position[]): { zone: ZoneId; count: number }[] {
  const counts = new Map<ZoneId, number>();
  for (const position of positions) {
    const zone = zoneOf(position);
    counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  return [...counts].map(([zone, count]) => ({ zone, count })).sort((a, b) => b.count - a.count);
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Merges several placements segment by segment. A segment joins the group that already holds its
 * id; failing that, the group with the same normalised name; failing that, it starts a group.
 * A group takes at most one segment from each placement, so two segments of one placement never
 * merge. Segments whose answers leave an axis unanswered are listed as unplaced.
 */
export function mergePlacements(placements: readonly Placement[]): MergeResult {
  const groups: Group[] = [];
  const unplaced: { placement: number; name: string }[] = [];
  const units = new Set(placements.map((placement) => placement.data.sizeUnit));
  const mixedSizeUnits = units.size > 1;

  placements.forEach((placement, index) => {
    for (const segment of placement.data.segments) {
      const position = positionOf(segment);
      if (!position) {
        unplaced.push({ placement: index, name: segment.name });
        continue;
      }
      const key = normaliseName(segment.name);
      const free = (group: Group): boolean => !group.placements.includes(index);
      const group =
        groups.find((candidate) => free(candidate) && candidate.ids.includes(segment.id)) ??
        (key === '' ? undefined : groups.find((candidate) => free(candidate) && candidate.names.has(key)));
      const target: Group = group ?? {
        ids: [],
        names: new Set(),
        placements: [],
        name: '',
        description: '',
        positions: [],
        sizes: [],
        targets: [],
      };
      if (!group) groups.push(target);
      if (!target.ids.includes(segment.id)) target.ids.push(segment.id);
      if (key !== '') target.names.add(key);
      if (target.name.trim() === '') target.name = segment.name;
      if (target.description.trim() === '') target.description = segment.description;
      target.placements.push(index);
      target.positions.push(position);
      if (segment.size !== null && !mixedSizeUnits) target.sizes.push(segment.size);
      if (segment.target) target.targets.push(segment.target);
    }
  });

  const usedIds = new Set<string>();
  const segments = groups.map((group): MergedSegment => {
    const id = uniqueId(group.ids[0] ?? 'segment', usedIds);
    usedIds.add(id);
    const knowledge = axisStats(group.positions.map((position) => position.knowledge));
    const involvement = axisStats(group.positions.map((position) => position.involvement));
    const meanPosition = { knowledge: knowledge.mean, involvement: involvement.mean };
    return {
      id,
      ids: group.ids,
      name: group.name,
      description: group.description,
      placements: group.placements,
      positions: group.positions,
      knowledge,
      involvement,
      mean: meanPosition,
      zone: zoneOf(meanPosition),
      zones: zoneCounts(group.positions),
      size: group.sizes.length === 0 ? null : round2(mean(group.sizes)),
      target:
        group.targets.length === 0
          ? null
          : {
              knowledge: round2(mean(group.targets.map((target) => target.knowledge))),
              involvement: round2(mean(group.targets.map((target) => target.involvement))),
              count: group.targets.length,
            },
    };
  });

  const firstUnit = placements[0]?.data.sizeUnit ?? 'percent';
  return { segments, unplaced, mixedSizeUnits, sizeUnit: firstUnit };
}

/** The merged view as the data of a new result: mean positions typed in, mean targets, mean sizes. */
export function mergedAsData(result: MergeResult): SegmentPositioningData {
  return {
    sizeUnit: result.sizeUnit,
    segments: result.segments.map((segment) => ({
      id: segment.id,
      name: segment.name,
      description: segment.description,
      size: segment.size,
      mode: 'direct',
      direct: segment.mean,
      answers: {},
      target: segment.target ? { knowledge: segment.target.knowledge, involvement: segment.target.involvement } : null,
    })),
  };
}
