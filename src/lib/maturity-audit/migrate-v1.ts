/**
 * Audit data, version 1 → 2 (the questionnaire's second edition). Edition 2 puts each idea in a
 * statement of its own, answers facts on a yes / partly / no scale, drops a statement that did not
 * measure its dimension and splits "relationship and organisation" in two. The migration never
 * deletes an answer:
 *
 * - a statement split in two: its answer is copied to both halves ("split"), to be checked;
 * - a statement reworded without changing its idea, or moved to another dimension: its answer is
 *   copied to the new id ("reworded", "moved");
 * - a statement now answered on the fact scale: its old frequency answer cannot be read as yes,
 *   partly or no, so the new statement is left unanswered and listed to answer again ("reanswer");
 * - the old answer always stays under its old id, which edition 2 no longer scores ("retired").
 *
 * What changed is written into the data (`revision`), so the page can say it and a later export
 * still carries it. Plan items that pointed to a next step that moved follow it. Team results get
 * the same treatment for every respondent's answers and for the agreed values.
 */
import type { AuditRevision, Change } from './data-schema';

type Target = readonly [id: string, change: Change | 'reanswer'];

/** For each edition-1 statement that changed: where its answer goes in edition 2. */
export const EDITION_2_STATEMENTS: Readonly<Record<string, readonly Target[]>> = {
  'lf-2': [['lf-7', 'reanswer']],
  'lf-4': [['lf-8', 'reanswer']],
  'lf-5': [['lf-5', 'split'], ['lf-6', 'split']],
  'lt-5': [['lt-5', 'split'], ['lt-6', 'split']],
  'co-4': [],
  'dp-2': [['dp-2', 'split'], ['dp-7', 'split']],
  'dp-3': [['dp-3', 'split'], ['dp-8', 'split']],
  'dp-4': [['dp-4', 'reworded']],
  'cp-2': [['cp-9', 'reanswer'], ['cp-6', 'split']],
  'cp-3': [['cp-3', 'reworded']],
  'cp-4': [['cp-4', 'split'], ['cp-7', 'split']],
  'cp-5': [['cp-5', 'split'], ['cp-8', 'split']],
  'cm-1': [['cm-9', 'reanswer']],
  'cm-2': [['cm-10', 'reanswer'], ['cm-7', 'split']],
  'cm-3': [['cm-3', 'split'], ['cm-8', 'reanswer']],
  'cm-6': [['cm-6', 'reworded']],
  'ro-2': [['ro-9', 'reanswer'], ['ro-7', 'split']],
  'ro-3': [['ro-3', 'split'], ['ro-8', 'split']],
  'ro-4': [['om-1', 'reanswer']],
  'ro-5': [['om-2', 'moved']],
  'ro-6': [['om-3', 'split'], ['om-4', 'split']],
};

/** Next steps that moved with the organisation-and-measurement dimension. */
export const EDITION_2_STEPS: Readonly<Record<string, { readonly step: string; readonly dimension: string }>> = {
  'ro-n2': { step: 'om-n1', dimension: 'om' },
  'ro-n4': { step: 'om-n2', dimension: 'om' },
  'ro-n6': { step: 'om-n3', dimension: 'om' },
  'ro-n7': { step: 'om-n4', dimension: 'om' },
  'ro-n8': { step: 'om-n5', dimension: 'om' },
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Old statement ids that edition 2 no longer scores (their answers stay as they were). */
const RETIRED = new Set(
  Object.entries(EDITION_2_STATEMENTS)
    .filter(([from, targets]) => !targets.some(([to]) => to === from))
    .map(([from]) => from),
);

/** Copies answers along the edition-2 map; returns the ids touched, for the revision. */
function carryRecord(record: Json, revision: { carried: Record<string, { from: string; change: Change }>; reanswer: Set<string>; retired: Set<string> }): Json {
  const out: Json = { ...record };
  for (const [from, value] of Object.entries(record)) {
    const targets = EDITION_2_STATEMENTS[from];
    if (!targets) continue;
    if (RETIRED.has(from)) revision.retired.add(from);
    for (const [to, change] of targets) {
      if (change === 'reanswer') {
        revision.reanswer.add(to);
        continue;
      }
      // Never overwrite an answer already given under the new id.
      if (!(to in record)) out[to] = structuredClone(value);
      revision.carried[to] = { from, change };
    }
  }
  return out;
}

/** Version-1 audit data → version 2 (see the module comment). Unknown shapes pass through for the schema to judge. */
export function migrateAuditV1toV2(data: unknown): unknown {
  if (!isObject(data)) return data;
  const revision = { carried: {} as Record<string, { from: string; change: Change }>, reanswer: new Set<string>(), retired: new Set<string>() };
  const out: Json = { ...data };
  if (isObject(data.answers)) out.answers = carryRecord(data.answers, revision);
  if (isObject(data.team)) {
    const team: Json = { ...data.team };
    if (Array.isArray(team.respondents)) {
      team.respondents = team.respondents.map((respondent: unknown) =>
        isObject(respondent) && isObject(respondent.answers) ? { ...respondent, answers: carryRecord(respondent.answers, revision) } : respondent,
      );
    }
    if (isObject(team.decisions)) team.decisions = carryRecord(team.decisions, revision);
    out.team = team;
  }
  if (Array.isArray(data.plan)) {
    out.plan = data.plan.map((item: unknown) => {
      if (!isObject(item) || typeof item.step !== 'string') return item;
      const moved = EDITION_2_STEPS[item.step];
      return moved ? { ...item, step: moved.step, dimension: moved.dimension } : item;
    });
  }
  const changed = Object.keys(revision.carried).length + revision.reanswer.size + revision.retired.size > 0;
  if (changed) {
    const written: AuditRevision = {
      from: 1,
      carried: revision.carried,
      reanswer: [...revision.reanswer].sort(),
      retired: [...revision.retired].sort(),
    };
    out.revision = written;
  }
  return out;
}
