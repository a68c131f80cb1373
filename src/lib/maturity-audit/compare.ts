/** Change between two audits (before → after), per dimension and overall. */
import type { AuditScores } from './scoring';

export interface DeltaRow {
  readonly id: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when either side is not assessed. */
  readonly delta: number | null;
}

export interface Comparison {
  readonly rows: readonly DeltaRow[];
  readonly overall: DeltaRow;
  /** Largest rise and largest fall (ties: questionnaire order); null when there is none. */
  readonly largestGain: DeltaRow | null;
  readonly largestDrop: DeltaRow | null;
}

function delta(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

/** Rows follow `after`'s dimensions (the current questionnaire); a dimension missing before counts as not assessed. */
export function compareScores(before: AuditScores, after: AuditScores): Comparison {
  const earlier = new Map(before.dimensions.map((score) => [score.id, score.score] as const));
  const rows = after.dimensions.map((score): DeltaRow => {
    const old = earlier.get(score.id) ?? null;
    return { id: score.id, before: old, after: score.score, delta: delta(old, score.score) };
  });
  let largestGain: DeltaRow | null = null;
  let largestDrop: DeltaRow | null = null;
  for (const row of rows) {
    if (row.delta === null) continue;
    if (row.delta > 0 && (largestGain === null || row.delta > (largestGain.delta ?? 0))) largestGain = row;
    if (row.delta < 0 && (largestDrop === null || row.delta < (largestDrop.delta ?? 0))) largestDrop = row;
  }
  return {
    rows,
    overall: { id: 'overall', before: before.overall, after: after.overall, delta: delta(before.overall, after.overall) },
    largestGain,
    largestDrop,
  };
}
