import { z } from 'zod/mini';
import { STORAGE_NAMESPACE } from './keys';
import type { ResultToolId } from './types';

/**
 * A workshop's group, collected on one machine: each participant who agrees leaves their answers
 * in the group when "Next participant" clears them. A member is anonymous: a fresh random id (never
 * the id of the participant's result) and only the answers the tool keeps for the group (no title,
 * no respondent, no free text). Clearing the group keeps the cleared members until undone. Pure.
 */

/** The most members a group holds (the audit's team limit, so a group always exports as one team). */
export const MAX_GROUP_MEMBERS = 40;

export interface GroupMember<TData> {
  /** Random, made when the member joins: it links to nothing of the participant. */
  readonly id: string;
  readonly data: TData;
}

export interface WorkshopGroup<TData> {
  readonly members: readonly GroupMember<TData>[];
  /**
   * The members the last clear removed, until "undo" brings them back (null: nothing to undo). Never
   * stored: once the page is left, a cleared group is gone from the browser.
   */
  readonly cleared: readonly GroupMember<TData>[] | null;
}

export type GroupAddOutcome<TData> =
  | { readonly ok: true; readonly group: WorkshopGroup<TData> }
  | { readonly ok: false; readonly reason: 'full' };

export function emptyGroup<TData>(): WorkshopGroup<TData> {
  return { members: [], cleared: null };
}

/** Key of a tool's group in the browser's storage (outside the results' own keys). */
export function groupStorageKey(tool: ResultToolId): string {
  return `${STORAGE_NAMESPACE}:workshop-group:${tool}`;
}

/** Adds a participant's answers (already anonymised by the tool) under a fresh id; refused when the group is full. */
export function addToGroup<TData>(group: WorkshopGroup<TData>, data: TData, id: string): GroupAddOutcome<TData> {
  if (group.members.length >= MAX_GROUP_MEMBERS) return { ok: false, reason: 'full' };
  return { ok: true, group: { ...group, members: [...group.members, { id, data }] } };
}

/** Empties the group; the members removed can be brought back by undoClear. Clearing an empty group changes nothing. */
export function clearGroup<TData>(group: WorkshopGroup<TData>): WorkshopGroup<TData> {
  if (group.members.length === 0) return group;
  return { members: [], cleared: group.members };
}

/** Brings back the members of the last clear, before any who joined since (up to the limit, the earliest first). */
export function undoClear<TData>(group: WorkshopGroup<TData>): WorkshopGroup<TData> {
  if (!group.cleared) return group;
  return { members: [...group.cleared, ...group.members].slice(0, MAX_GROUP_MEMBERS), cleared: null };
}

/** The group as stored: its members only (a cleared group leaves nothing behind). */
export function serializeGroup<TData>(group: WorkshopGroup<TData>): string {
  return JSON.stringify({ v: 1, members: group.members });
}

const memberId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/**
 * The stored group of a tool, read back: each member's data checked against the tool's schema; a
 * member that fails (stored by an older edition, or altered) is left out, never the whole group.
 * Anything unreadable is an empty group.
 */
export function parseGroup<TData>(raw: string | null, dataSchema: z.core.$ZodType<TData>): WorkshopGroup<TData> {
  if (raw === null) return emptyGroup();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyGroup();
  }
  if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== 1) return emptyGroup();
  const read = (list: unknown): GroupMember<TData>[] => {
    if (!Array.isArray(list)) return [];
    const members: GroupMember<TData>[] = [];
    const seen = new Set<string>();
    for (const item of list.slice(0, MAX_GROUP_MEMBERS)) {
      const id = z.safeParse(memberId, (item as { id?: unknown } | null)?.id);
      const data = z.safeParse(dataSchema, (item as { data?: unknown } | null)?.data);
      if (id.success && data.success && !seen.has(id.data)) {
        seen.add(id.data);
        members.push({ id: id.data, data: data.data });
      }
    }
    return members;
  };
  return { members: read((value as { members?: unknown }).members), cleared: null };
}
