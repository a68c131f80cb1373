/** Editing an individual's answers; empty notes are dropped so a result never stores ''. */
import type { Answer, Answers, AnswerValue, AuditData, AuditRevision, Change, Confidence } from './data-schema';

export function setAnswerValue(answers: Answers, id: string, value: AnswerValue): Answers {
  return { ...answers, [id]: { ...answers[id], value } };
}

export function setAnswerConfidence(answers: Answers, id: string, confidence: Confidence): Answers | null {
  const answer = answers[id];
  if (!answer) return null; // a confidence without an answer has nowhere to live
  return { ...answers, [id]: { ...answer, confidence } };
}

export function setAnswerNote(answers: Answers, id: string, note: string): Answers | null {
  const answer = answers[id];
  if (!answer) return null;
  const next: Answer = { ...answer };
  if (note.trim() === '') delete next.note;
  else next.note = note;
  return { ...answers, [id]: next };
}

/**
 * Answering a statement settles what the migration from an older edition asked about it: a
 * carried answer has been checked, a statement to answer again has been answered. The revision
 * goes once nothing is left in it but the retired statements.
 */
export function settleRevision(data: AuditData, id: string): AuditData {
  const revision = data.revision;
  if (!revision || (!(id in revision.carried) && !revision.reanswer.includes(id))) return data;
  const carried = Object.fromEntries(Object.entries(revision.carried).filter(([key]) => key !== id));
  const reanswer = revision.reanswer.filter((key) => key !== id);
  return { ...data, revision: { ...revision, carried, reanswer } };
}

/** What is left for the reader to check after a migration, statement by statement. */
export type RevisionMark =
  | { readonly kind: 'carried'; readonly from: string; readonly change: Change }
  | { readonly kind: 'reanswer' };

export function revisionMark(revision: AuditRevision | undefined, id: string): RevisionMark | null {
  if (!revision) return null;
  const carried = revision.carried[id];
  if (carried) return { kind: 'carried', from: carried.from, change: carried.change };
  return revision.reanswer.includes(id) ? { kind: 'reanswer' } : null;
}
