/** The action plan: next steps turned into actions with an owner, a due date and a status. */
import { MAX_PLAN_ITEMS, type PlanItem, type PlanStatus } from './data-schema';
import type { NextStep } from './questionnaire-schema';

export function hasStep(plan: readonly PlanItem[], stepId: string): boolean {
  return plan.some((item) => item.step === stepId);
}

/** Adds a recommended step as an action (once: a step already in the plan is not added again). */
export function addStepToPlan(plan: readonly PlanItem[], step: NextStep, dimension: string, id: string): PlanItem[] {
  if (hasStep(plan, step.id) || plan.length >= MAX_PLAN_ITEMS) return [...plan];
  return [...plan, { id, text: step.text, dimension, step: step.id, status: 'todo' }];
}

export function addCustomAction(plan: readonly PlanItem[], text: string, id: string, dimension?: string): PlanItem[] {
  const trimmed = text.trim();
  if (trimmed === '' || plan.length >= MAX_PLAN_ITEMS) return [...plan];
  return [...plan, { id, text: trimmed, ...(dimension ? { dimension } : {}), status: 'todo' }];
}

export interface PlanChange {
  readonly text?: string;
  readonly owner?: string;
  readonly due?: string;
  readonly status?: PlanStatus;
}

/** Applies a change to one action; empty owner/due are removed rather than stored as ''. An empty text is refused. */
export function updatePlanItem(plan: readonly PlanItem[], id: string, change: PlanChange): PlanItem[] {
  return plan.map((item) => {
    if (item.id !== id) return item;
    const next: PlanItem = { ...item };
    if (change.text !== undefined && change.text.trim() !== '') next.text = change.text;
    if (change.status !== undefined) next.status = change.status;
    if (change.owner !== undefined) {
      if (change.owner.trim() === '') delete next.owner;
      else next.owner = change.owner;
    }
    if (change.due !== undefined) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(change.due)) next.due = change.due;
      else delete next.due;
    }
    return next;
  });
}

export function removePlanItem(plan: readonly PlanItem[], id: string): PlanItem[] {
  return plan.filter((item) => item.id !== id);
}

export function planProgress(plan: readonly PlanItem[]): Readonly<Record<PlanStatus, number>> {
  const counts: Record<PlanStatus, number> = { todo: 0, doing: 0, done: 0 };
  for (const item of plan) counts[item.status] += 1;
  return counts;
}
