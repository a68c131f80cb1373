/**
 * A workshop group of placements (results/workshop-group.ts): what a participant leaves in the group
 * and the group as placements to merge. Pure functions.
 */
import type { GroupMember } from '../results/workshop-group';
import { mergedAsData, mergePlacements, type MergeResult } from './merge';
import { MAX_SEGMENTS, type SegmentPositioningData } from './schema';
import { positionOf } from './segment';

/**
 * What the group keeps of a participant's placement: each segment's name, size, position (typed or
 * from the answers) and target; descriptions are left out (free text can name people). Null when no
 * segment is placed.
 */
export function positioningGroupData(data: SegmentPositioningData): SegmentPositioningData | null {
  if (!data.segments.some((segment) => positionOf(segment) !== null)) return null;
  return {
    sizeUnit: data.sizeUnit,
    segments: data.segments.map(({ retired: _retired, ...segment }) => ({ ...segment, description: '' })),
  };
}

/** The group's placements merged segment by segment: every member's placement of each segment. */
export function mergeGroup(members: readonly GroupMember<SegmentPositioningData>[]): MergeResult {
  return mergePlacements(members.map((member) => ({ id: member.id, label: '', data: member.data })));
}

/**
 * The group as the data of one team file: the team average, segment by segment, as the positioning
 * team view keeps a team's merge (mean positions, sizes and targets). Null when no member placed a
 * segment, or when the average would hold more segments than a result may.
 */
export function groupTeamAverage(members: readonly GroupMember<SegmentPositioningData>[]): SegmentPositioningData | null {
  const merged = mergeGroup(members);
  if (merged.segments.length === 0 || merged.segments.length > MAX_SEGMENTS) return null;
  return mergedAsData(merged);
}
