/**
 * Audits saved or exported with today's (edition 1, data version 1) questionnaire open in edition 2
 * through the results layer: importResult runs the tool's migration, the data says what changed,
 * and a migrated audit exported again reads back unchanged. Expected values are worked out by hand
 * from the fixture files (fixtures/audit-v1-*.json, real edition-1 exports).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJson, importResult } from '../../../src/lib/results/index';
import {
  AUDIT_SCHEMA_VERSION,
  auditDataSchema,
  createAuditTool,
  EDITION_2_STATEMENTS,
  migrateAuditV1toV2,
  revisionMark,
  settleRevision,
  scoreAudit,
  statementIds,
  teamValues,
  type AuditData,
} from '../../../src/lib/maturity-audit/index';
import { auditText } from '../../../src/i18n/tools/maturity-audit/index';
import { realQuestionnaire } from './fixtures';
import { refusalText } from '../results/refusal';

const en = realQuestionnaire('en');
const tool = createAuditTool(en, auditText('en'));
const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const V1_STATEMENTS = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'audit-v1-individual.json'), 'utf8')).data.answers as Record<string, unknown>;

function imported(name: string) {
  const outcome = importResult<AuditData>(fixture(name), { expectedTool: tool, lang: 'en' });
  if (!outcome.ok) throw new Error(refusalText(outcome, 'en'));
  return outcome;
}

describe('edition 1 → 2 map', () => {
  it('covers only edition-1 statements, and sends answers only to edition-2 statements', () => {
    const v2 = new Set(statementIds(en));
    for (const [from, targets] of Object.entries(EDITION_2_STATEMENTS)) {
      expect(V1_STATEMENTS, from).toHaveProperty(from);
      for (const [to] of targets) expect(v2.has(to), `${from} → ${to}`).toBe(true);
    }
    // Every edition-1 statement either still exists or is mapped.
    for (const id of Object.keys(V1_STATEMENTS)) expect(v2.has(id) || id in EDITION_2_STATEMENTS, id).toBe(true);
  });
});

describe('an individual audit exported with edition 1', () => {
  const outcome = imported('audit-v1-individual.json');
  const data = outcome.envelope.data;

  it('is migrated by the results layer to the current version', () => {
    expect(AUDIT_SCHEMA_VERSION).toBe(2);
    expect(outcome.migratedFrom).toBe(1);
    expect(outcome.envelope.schemaVersion).toBe(2);
  });

  it('carries a split statement’s answer, confidence and note to both halves', () => {
    expect(data.answers['lf-5']).toEqual({ value: 1, confidence: 'low', note: 'Only in the support team' });
    expect(data.answers['lf-6']).toEqual({ value: 1, confidence: 'low', note: 'Only in the support team' });
    expect(data.answers['om-3']).toEqual({ value: 0 });
    expect(data.answers['om-4']).toEqual({ value: 0 });
    expect(data.answers['om-2']).toEqual({ value: 0 }); // ro-5, moved
  });

  it('leaves statements now on the fact scale unanswered, and keeps every old answer under its old id', () => {
    expect(data.answers['lf-7']).toBeUndefined(); // lf-2 was 1 on the frequency scale
    expect(data.answers['lf-2']).toEqual({ value: 1 });
    expect(data.answers['co-4']).toEqual({ value: 2 });
    // The 42 old answers, and 13 copies under new ids (the 11 other carried answers keep their id).
    const added = Object.keys(data.answers).filter((id) => !(id in V1_STATEMENTS));
    expect(added.sort()).toEqual(['cm-7', 'cp-6', 'cp-7', 'cp-8', 'dp-7', 'dp-8', 'lf-6', 'lt-6', 'om-2', 'om-3', 'om-4', 'ro-7', 'ro-8']);
    expect(Object.keys(data.answers)).toHaveLength(42 + 13);
  });

  it('says what changed', () => {
    const revision = data.revision!;
    expect(revision.from).toBe(1);
    expect(revision.reanswer).toEqual(['cm-10', 'cm-8', 'cm-9', 'cp-9', 'lf-7', 'lf-8', 'om-1', 'ro-9']);
    expect(revision.retired).toEqual(['cm-1', 'cm-2', 'co-4', 'cp-2', 'lf-2', 'lf-4', 'ro-2', 'ro-4', 'ro-5', 'ro-6']);
    expect(Object.keys(revision.carried)).toHaveLength(24);
    expect(revision.carried['lf-6']).toEqual({ from: 'lf-5', change: 'split' });
    expect(revision.carried['lf-5']).toEqual({ from: 'lf-5', change: 'split' });
    expect(revision.carried['cp-3']).toEqual({ from: 'cp-3', change: 'reworded' });
    expect(revision.carried['om-2']).toEqual({ from: 'ro-5', change: 'moved' });
    expect(revision.carried['cp-6']).toEqual({ from: 'cp-2', change: 'split' });
  });

  it('moves plan items whose next step moved to the new dimension', () => {
    expect(data.plan).toEqual([
      { id: 'p1', text: 'Decide who would own the programme', dimension: 'om', step: 'om-n1', owner: 'Dana', due: '2027-01-31', status: 'todo' },
      { id: 'p2', text: 'Name an owner for contributions', dimension: 'lf', step: 'lf-n3', status: 'doing' },
    ]);
  });

  it('scores in edition 2 with the carried answers, arithmetic shown', () => {
    const scores = scoreAudit(en, Object.fromEntries(Object.entries(data.answers).map(([id, answer]) => [id, answer.value])));
    const byId = Object.fromEntries(scores.dimensions.map((score) => [score.id, score]));
    // lf: lf-1 2, lf-3 1, lf-5 1, lf-6 1 (lf-7, lf-8 to answer again) → 5 / 4 = 1.25 → 31.25 → 31; coverage 4/6
    expect(byId['lf']).toMatchObject({ rated: 4, unanswered: 2, mean: 1.25, score: 31 });
    // ro: ro-1 2, ro-7 1, ro-3 2, ro-8 2 (ro-9 to answer again) → 7 / 4 = 1.75 → 43.75 → 44
    expect(byId['ro']).toMatchObject({ rated: 4, mean: 1.75, score: 44 });
    // om: om-2 0, om-3 0, om-4 0 (om-1 to answer again) → 0
    expect(byId['om']).toMatchObject({ rated: 3, mean: 0, score: 0 });
    // cp: 2 + 2 + 3 + 1 + 1 + 1 + 1 = 11 over 7 (cp-9 to answer again) → 1.571… → 39.29 → 39
    expect(byId['cp']).toMatchObject({ rated: 7, score: 39 });
    // co-4, no longer asked, no longer counts: co-1 2, co-2 1, co-3 0, co-5 1 → 4 / 4 = 1 → 25
    expect(byId['co']).toMatchObject({ rated: 4, mean: 1, score: 25 });
  });

  it('round trip: exported again and re-imported, it reads back the same, with nothing left to migrate', () => {
    const again = importResult<AuditData>(exportJson(outcome.envelope), { expectedTool: tool, lang: 'en' });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.migratedFrom).toBeNull();
    expect(again.envelope).toEqual(outcome.envelope);
  });
});

describe('a team audit exported with edition 1', () => {
  const data = imported('audit-v1-team.json').envelope.data;
  const team = data.team!;

  it('migrates every respondent’s answers and the agreed values', () => {
    expect(team.respondents[0]!.answers).toEqual({
      'lf-2': { value: 3 },
      'cp-4': { value: 2 },
      'cp-7': { value: 2 },
      'ro-6': { value: 1 },
      'om-3': { value: 1 },
      'om-4': { value: 1 },
    });
    expect(team.respondents[1]!.answers['cp-7']).toEqual({ value: 4 });
    expect(team.decisions['cp-7']).toEqual({ value: 3, reason: 'pilot only' });
    expect(team.decisions['lf-7']).toBeUndefined();
    expect(data.revision).toEqual({
      from: 1,
      carried: { 'cp-4': { from: 'cp-4', change: 'split' }, 'cp-7': { from: 'cp-4', change: 'split' }, 'om-3': { from: 'ro-6', change: 'split' }, 'om-4': { from: 'ro-6', change: 'split' } },
      reanswer: ['lf-7'],
      retired: ['co-4', 'lf-2', 'ro-6'],
    });
  });

  it('uses the agreed values, carried to both halves, in the team scores', () => {
    const values = teamValues(team);
    expect(values['cp-4']).toBe(3);
    expect(values['cp-7']).toBe(3);
  });
});

describe('the migration function', () => {
  it('writes no revision when nothing it answers changed', () => {
    expect(migrateAuditV1toV2({ answers: { 'ce-1': { value: 3 } }, plan: [] })).toEqual({ answers: { 'ce-1': { value: 3 } }, plan: [] });
  });
  it('never overwrites an answer already given under a new id, and leaves its input alone', () => {
    const input = { answers: { 'lf-5': { value: 1 }, 'lf-6': { value: 4 } }, plan: [] };
    const out = migrateAuditV1toV2(input) as AuditData;
    expect(out.answers['lf-6']).toEqual({ value: 4 });
    expect(input.answers).toEqual({ 'lf-5': { value: 1 }, 'lf-6': { value: 4 } });
    expect(auditDataSchema.safeParse(out).success).toBe(true);
  });
  it('passes a value it cannot read through, for the schema to refuse', () => {
    expect(migrateAuditV1toV2('nonsense')).toBe('nonsense');
  });
});

describe('after the migration, the reader settles what it left', () => {
  const data = imported('audit-v1-individual.json').envelope.data;
  it('marks carried and to-answer-again statements, and answering one settles it', () => {
    expect(revisionMark(data.revision, 'lf-6')).toEqual({ kind: 'carried', from: 'lf-5', change: 'split' });
    expect(revisionMark(data.revision, 'lf-7')).toEqual({ kind: 'reanswer' });
    expect(revisionMark(data.revision, 'ce-2')).toBeNull();
    const settled = settleRevision(settleRevision(data, 'lf-6'), 'lf-7');
    expect(revisionMark(settled.revision, 'lf-6')).toBeNull();
    expect(revisionMark(settled.revision, 'lf-7')).toBeNull();
    expect(Object.keys(settled.revision!.carried)).toHaveLength(23);
    expect(settled.revision!.reanswer).toHaveLength(7);
    expect(settleRevision(settled, 'ce-2')).toBe(settled);
  });
});
