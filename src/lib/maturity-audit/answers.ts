/** Editing an individual's answers; empty notes are dropped so a result never stores ''. */
import type { Answer, Answers, AnswerValue, Confidence } from './data-schema';

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
