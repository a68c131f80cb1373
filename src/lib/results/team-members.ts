/**
 * The one rule by which every tool's team view takes in members' results, from files or pasted
 * links: a member is a result id. A result already in the team (the same file imported twice, a
 * copy of it, or an updated export of it) replaces the earlier copy in place and is never counted
 * twice; new members are appended in order, up to the tool's limit.
 */
export interface TeamMerge<T> {
  readonly members: T[];
  readonly added: number;
  /** Members already there (same id), replaced by the incoming copy. */
  readonly updated: number;
  /** Incoming members left out because the team was full. */
  readonly skipped: readonly T[];
}

export function mergeMembers<T extends { readonly id: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  max: number = Number.POSITIVE_INFINITY,
): TeamMerge<T> {
  const members = [...existing];
  const index = new Map<string, number>();
  members.forEach((member, at) => index.set(member.id, at));
  let added = 0;
  let updated = 0;
  const skipped: T[] = [];
  for (const member of incoming) {
    const at = index.get(member.id);
    if (at !== undefined) {
      members[at] = member;
      updated += 1;
    } else if (members.length >= max) {
      skipped.push(member);
    } else {
      index.set(member.id, members.length);
      members.push(member);
      added += 1;
    }
  }
  return { members, added, updated, skipped };
}
