import type { Answers } from './answers';
import { LEVERS, type Field, type Lever } from './scales';

/**
 * The control-mix interpreter: a small, pure reading of the rules file.
 *
 * - Every lever starts at its base value (the file's `base`).
 * - A rule fires when its condition holds. A condition is `in` (the answer to `field` is one
 *   of `values`), `all` (every sub-condition holds) or `any` (at least one holds). An
 *   unanswered field never satisfies `in`, so a rule never fires on a missing answer.
 * - Each fired rule adds its effects (positive or negative whole numbers) to the levers.
 * - The sum is clamped to 0–100; the unclamped sum is kept to show that clamping happened.
 * Rules are independent and additive: their order changes nothing.
 */

export type Condition =
  | { readonly op: 'in'; readonly field: Field; readonly values: readonly string[] }
  | { readonly op: 'all'; readonly of: readonly Condition[] }
  | { readonly op: 'any'; readonly of: readonly Condition[] };

export type Effects = { readonly [L in Lever]?: number };

export interface EngineRule {
  readonly id: string;
  readonly when: Condition;
  readonly effects: Effects;
}

export interface RulesDocument<R extends EngineRule = EngineRule> {
  readonly base: { readonly [L in Lever]: number };
  readonly rules: readonly R[];
}

export const EMPHASIS_MIN = 0;
export const EMPHASIS_MAX = 100;

export interface LeverEmphasis {
  readonly lever: Lever;
  readonly base: number;
  /** Base plus every fired effect, before clamping. */
  readonly raw: number;
  /** The suggested emphasis, 0–100. */
  readonly value: number;
  readonly clamped: boolean;
  /** Fired rules that moved this lever, with their effect. */
  readonly contributions: readonly { readonly ruleId: string; readonly delta: number }[];
}

export interface IdleRule<R extends EngineRule> {
  readonly rule: R;
  /** Fields the rule reads that are still unanswered (it might fire once they are). */
  readonly missing: readonly Field[];
}

export interface EmphasisResult<R extends EngineRule> {
  readonly levers: { readonly [L in Lever]: LeverEmphasis };
  readonly fired: readonly R[];
  readonly idle: readonly IdleRule<R>[];
}

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  switch (condition.op) {
    case 'in': {
      const answer = answers[condition.field];
      return answer !== undefined && condition.values.includes(answer);
    }
    case 'all':
      return condition.of.every((part) => conditionHolds(part, answers));
    case 'any':
      return condition.of.some((part) => conditionHolds(part, answers));
  }
}

/** Every field a condition reads, once each, in order of appearance. */
export function conditionFields(condition: Condition): Field[] {
  if (condition.op === 'in') return [condition.field];
  const fields: Field[] = [];
  for (const part of condition.of) for (const field of conditionFields(part)) if (!fields.includes(field)) fields.push(field);
  return fields;
}

export function clampEmphasis(value: number): number {
  return Math.min(EMPHASIS_MAX, Math.max(EMPHASIS_MIN, value));
}

/** Runs every rule over the answers and returns the emphasis on each lever. */
export function computeEmphasis<R extends EngineRule>(document: RulesDocument<R>, answers: Answers): EmphasisResult<R> {
  const fired = document.rules.filter((rule) => conditionHolds(rule.when, answers));
  const idle = document.rules
    .filter((rule) => !fired.includes(rule))
    .map((rule) => ({ rule, missing: conditionFields(rule.when).filter((field) => answers[field] === undefined) }));
  const levers = {} as Record<Lever, LeverEmphasis>;
  for (const lever of LEVERS) {
    const base = document.base[lever];
    const contributions = fired.flatMap((rule) => {
      const delta = rule.effects[lever];
      return delta === undefined || delta === 0 ? [] : [{ ruleId: rule.id, delta }];
    });
    const raw = contributions.reduce((sum, contribution) => sum + contribution.delta, base);
    const value = clampEmphasis(raw);
    levers[lever] = { lever, base, raw, value, clamped: value !== raw, contributions };
  }
  return { levers, fired, idle };
}

/** Levers from the strongest emphasis to the lightest; equal values keep the chapter's order. */
export function leversByEmphasis(levers: { readonly [L in Lever]: LeverEmphasis }): LeverEmphasis[] {
  return LEVERS.map((lever) => levers[lever]).sort((a, b) => b.value - a.value);
}

export type EmphasisBand = 'light' | 'moderate' | 'strong';

/** Words for a value: below 35 light, 35–64 moderate, 65 and above strong. */
export function emphasisBand(value: number): EmphasisBand {
  return value >= 65 ? 'strong' : value >= 35 ? 'moderate' : 'light';
}
