import { answersFromData, type Answers } from './answers';
import type { PlannerContent } from './content';
import type { PlannerRule } from './content-schemas';
import { proposeProfile, type ProfileProposal } from './profile-match';
import { computeEmphasis, type EmphasisResult } from './rules-engine';
import type { PlannerData } from './schema';
import type { ProfileId } from './scales';

/** Everything the planner derives from a plan: answers, profile proposal, chosen profile, control mix. */
export interface PlannerEvaluation {
  readonly answers: Answers;
  readonly proposal: ProfileProposal;
  /** The reader's choice when they overruled the proposal, else the proposal (null when none). */
  readonly chosen: ProfileId | null;
  readonly overruled: boolean;
  readonly emphasis: EmphasisResult<PlannerRule>;
}

export function evaluatePlan(data: PlannerData, content: PlannerContent): PlannerEvaluation {
  const answers = answersFromData(data);
  const proposal = proposeProfile(answers, content.positions.profiles, content.positions.order, content.positions.separators);
  const proposed = proposal.kind === 'proposal' ? proposal.proposed : null;
  const override = data.profile.override;
  return {
    answers,
    proposal,
    chosen: override ?? proposed,
    overruled: override !== null && override !== proposed,
    emphasis: computeEmphasis(content.rules, answers),
  };
}
