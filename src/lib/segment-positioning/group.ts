/**
 * A workshop group of placements (results/workshop-group.ts): what a participant leaves in the group
 * and the group as placements to merge. Pure functions.
 */
import type { GroupMember } from '../results/workshop-group';
import { mergePlacements, type MergeResult } from './merge';
import type { SegmentPositioningData } from './schema';
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
