import { createContext, useContext } from 'react';
import type { PlannerContent } from '../../../lib/participation-planner/index';

/** The page's planner content (its language only), handed to the island by the Astro body. */
export const PlannerContentContext = createContext<PlannerContent | null>(null);

export function usePlannerContent(): PlannerContent {
  const content = useContext(PlannerContentContext);
  if (!content) throw new Error('usePlannerContent must be used inside <PlannerContentContext.Provider>');
  return content;
}
