/** The audit through the results layer: schema, JSON round trip, team round trip, share link, CSV. */
import { describe, expect, it } from 'vitest';
import {
  definitionProblems,
  encodeShareFragment,
  exportCsv,
  exportJson,
  importResult,
  importShareFragment,
  type ResultEnvelope,
} from '../../../src/lib/results/index';
import {
  addRespondents,
  addStepToPlan,
  auditDataSchema,
  createAuditTool,
  respondentsOf,
  scoreAudit,
  effectiveValues,
  setDecision,
  statementIds,
  type AuditData,
} from '../../../src/lib/maturity-audit/index';
import { auditText } from '../../../src/i18n/tools/maturity-audit/index';
import { answersOf, auditEnvelope, realQuestionnaire } from './fixtures';
import { refusalText } from '../results/refusal';

const en = realQuestionnaire('en');
const fr = realQuestionnaire('fr');
const tool = createAuditTool(en, auditText('en'));

/** A full audit: every statement answered, a confidence on each, a 60-character note on every third. */
function fullAudit(): ResultEnvelope<AuditData> {
  const notes = [
    'Le service client remonte les usages imprévus chaque semaine',
    'Silos entre ventes et R&D : personne ne partage les retours.',
    'Un panel de 40 clients impliqués teste chaque nouvelle offre',
    'Les novices abandonnent le parcours au 2e module : à revoir.',
    'La communauté propose des idées que le marketing ignore tout',
  ];
  const answers: AuditData['answers'] = {};
  statementIds(en).forEach((id, index) => {
    const note = index % 3 === 0 ? notes[(index / 3) % notes.length] : undefined;
    answers[id] = {
      value: index % 11 === 5 ? 'dk' : (index * 7) % 5,
      confidence: (['low', 'medium', 'high'] as const)[(index * 5) % 3] ?? 'low',
      ...(note === undefined ? {} : { note }),
    };
  });
  return auditEnvelope(
    { answers },
    {
      id: 'Xq3v9LmT0aZk2PwB',
      title: 'Audit de maturité — Direction clientèle, novembre 2026',
      respondent: 'Marie-Hélène Dupont-Lefèvre, responsable de la relation client',
    },
  );
}

describe('tool definition', () => {
  it('is complete and stable per questionnaire', () => {
    expect(definitionProblems(tool as never)).toEqual([]);
    expect(createAuditTool(en, auditText('en'))).toBe(tool);
    expect(tool.id).toBe('maturity-audit');
  });

  it('fills defaults: an envelope with only answers is valid and gets an empty plan', () => {
    expect(auditDataSchema.parse({ answers: { 'lf-1': { value: 2 } } })).toEqual({ answers: { 'lf-1': { value: 2 } }, plan: [] });
  });

  it('refuses out-of-range values with a message naming the statement', () => {
    const bad = { ...fullAudit(), data: { answers: { 'lf-1': { value: 7 } }, plan: [] } };
    const outcome = importResult(JSON.stringify(bad), { expectedTool: tool, lang: 'en' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(refusalText(outcome, 'en')).toContain('Statement lf-1: the answer must be a whole number from 0 to 4 or “dk” (don’t know); value read: 7.');
    const worse = { ...bad, data: { answers: { 'lf-1': { value: 'maybe' } } } };
    const frTool = createAuditTool(fr, auditText('fr'));
    const french = importResult(JSON.stringify(worse), { expectedTool: frTool, lang: 'fr' });
    if (!french.ok) expect(refusalText(french, 'fr')).toContain('Affirmation lf-1\u00a0: la réponse doit être un entier de 0 à 4');
    else throw new Error('should be refused');
    // Asked in another language than the questionnaire's, the layer's own message is used.
    const other = importResult(JSON.stringify(bad), { expectedTool: tool, lang: 'fr' });
    if (!other.ok) expect(refusalText(other, 'fr')).toContain('lf-1');
    else throw new Error('should be refused');
  });

  it('keeps answers to statements a later edition might drop (ids checked by pattern only)', () => {
    expect(auditDataSchema.safeParse({ answers: { 'zz-9': { value: 1 } } }).success).toBe(true);
    expect(auditDataSchema.safeParse({ answers: { 'LF-1': { value: 1 } } }).success).toBe(false);
  });
});

describe('round trips through the results layer', () => {
  it('exports a full audit to JSON and imports it back identical, with the same scores', () => {
    const audit = fullAudit();
    const withPlan = { ...audit, data: { ...audit.data, plan: addStepToPlan([], en.dimensions[0]!.nextSteps.unaware[0]!, 'lf', 'p1') } };
    const outcome = importResult(exportJson(withPlan), { expectedTool: tool, lang: 'en' });
    expect(outcome).toEqual({ ok: true, envelope: withPlan, migratedFrom: null });
    if (outcome.ok) expect(scoreAudit(en, effectiveValues(outcome.envelope.data))).toEqual(scoreAudit(en, effectiveValues(withPlan.data)));
  });

  it('round-trips a team result (respondents, agreed values) as an envelope of the same tool', () => {
    const a = auditEnvelope({ answers: answersOf({ 'lf-1': 0, 'lf-2': 3 }) }, { id: 'a', respondent: 'Ana' });
    const b = auditEnvelope({ answers: answersOf({ 'lf-1': 4, 'lf-2': 'dk' }) }, { id: 'b' });
    const team = setDecision(addRespondents(undefined, [a, b].flatMap(respondentsOf)).team, 'lf-1', { value: 2, reason: 'pilot only' });
    const envelope = auditEnvelope({ team }, { id: 'team-1', title: 'Team audit' });
    const outcome = importResult(exportJson(envelope), { expectedTool: tool, lang: 'en' });
    expect(outcome).toEqual({ ok: true, envelope, migratedFrom: null });
  });

  it('a FULL audit fits in a share link of at most 2,000 characters that decodes back', async () => {
    const audit = fullAudit();
    expect(Object.keys(audit.data.answers)).toHaveLength(statementIds(en).length);
    const encoded = await encodeShareFragment(audit, tool as never);
    if (!encoded.ok) throw new Error('encode failed');
    console.info(`share fragment of a full audit: ${encoded.value.length} characters`);
    expect(encoded.value.length).toBeLessThanOrEqual(2000);
    const back = await importShareFragment(encoded.value, { expectedTool: tool, lang: 'fr' });
    expect(back).toEqual({ ok: true, envelope: audit, migratedFrom: null });
  });
});

describe('CSV', () => {
  it('has one row per statement, then the dimension scores, the overall score and the plan', () => {
    const audit = auditEnvelope({
      answers: { 'lf-1': { value: 3, confidence: 'high', note: '=cmd|danger' }, 'lf-7': { value: 'dk' } },
      plan: [{ id: 'p1', text: 'Name an owner', dimension: 'lf', step: 'lf-n3', owner: 'Dana', due: '2027-01-31', status: 'doing' }],
    });
    const table = tool.csvRows(audit, 'en');
    expect(table.header).toEqual(['type', 'dimension', 'id', 'text', 'respondent', 'value (0-4)', 'don’t know', 'confidence', 'note or reason', 'score (0-100)', 'stage', 'coverage (%)', 'spread (points)', 'to discuss', 'owner', 'due date', 'status']);
    expect(table.rows).toHaveLength(54 + 9 + 1 + 1);
    expect(table.rows[0]).toEqual(['statement', 'Learning from customers', 'lf-1', en.dimensions[0]!.statements[0]!.text, null, 3, 'no', 'High', '=cmd|danger', null, null, null, null, null, null, null, null]);
    expect(table.rows[1]?.slice(5, 7)).toEqual([null, 'yes']);
    // lf: one rating of 3 → 75, integrated, coverage 1/6 = 16.67 → 17 %
    expect(table.rows[54]).toEqual(['dimension', 'Learning from customers', 'lf', null, null, null, null, null, null, 75, 'Integrated', 17, null, null, null, null, null]);
    expect(table.rows[55]?.[9]).toBeNull(); // lt not assessed
    expect(table.rows[55]?.[10]).toBe('not assessed');
    expect(table.rows[63]).toEqual(['overall', null, null, null, null, null, null, null, null, 75, 'Integrated', null, null, null, null, null, null]);
    expect(table.rows[64]).toEqual(['action', 'Learning from customers', 'lf-n3', 'Name an owner', null, null, null, null, null, null, null, null, null, null, 'Dana', '2027-01-31', 'In progress']);
    // Formula injection is neutralised by the layer on export.
    expect(exportCsv(audit, tool, ',', 'en')).toContain("'=cmd|danger");
  });

  it('for a team, adds one row per respondent under each statement, with spread and flag', () => {
    const a = auditEnvelope({ answers: answersOf({ 'lf-1': 0 }) }, { id: 'a', respondent: 'Ana' });
    const b = auditEnvelope({ answers: answersOf({ 'lf-1': 3 }) }, { id: 'b' });
    const team = addRespondents(undefined, [a, b].flatMap(respondentsOf)).team;
    const table = createAuditTool(fr, auditText('fr')).csvRows(auditEnvelope({ team }), 'fr');
    expect(table.rows[0]?.slice(0, 6)).toEqual(['affirmation', 'Apprendre du client', 'lf-1', fr.dimensions[0]!.statements[0]!.text, 'équipe (moyenne)', 1.5]);
    expect(table.rows[0]?.slice(12, 14)).toEqual([3, 'oui']);
    expect(table.rows[1]?.slice(4, 6)).toEqual(['Ana', 0]);
    expect(table.rows[2]?.slice(4, 6)).toEqual(['Répondant 2', 3]);
    expect(table.rows).toHaveLength(54 * 3 + 9 + 1);
  });

  it('flags in the CSV only the statements the team view flags (the first five by spread)', () => {
    const lt = (value: number) => Object.fromEntries(['lt-1', 'lt-2', 'lt-3', 'lt-4', 'lt-5', 'lt-6'].map((id) => [id, value]));
    const a = auditEnvelope({ answers: answersOf({ 'lf-1': 0, ...lt(0) }) }, { id: 'a' });
    const b = auditEnvelope({ answers: answersOf({ 'lf-1': 3, ...lt(4) }) }, { id: 'b' });
    const team = addRespondents(undefined, [a, b].flatMap(respondentsOf)).team;
    const table = createAuditTool(fr, auditText('fr')).csvRows(auditEnvelope({ team }), 'fr');
    // lt-1…lt-6: spread 4, 2 rated; lf-1: spread 3. Flagged: lt-1…lt-5 (questionnaire order breaks the tie); lt-6 6th, lf-1 7th.
    // Three rows per statement (team, then each respondent): lf has 6 statements, so lf-1 is row 0, lt-1 row 18, lt-6 row 33.
    const flag = (row: number) => [table.rows[row]?.[2], table.rows[row]?.[13]];
    expect([flag(0), flag(18), flag(30), flag(33)]).toEqual([['lf-1', 'non'], ['lt-1', 'oui'], ['lt-5', 'oui'], ['lt-6', 'non']]);
  });
});
