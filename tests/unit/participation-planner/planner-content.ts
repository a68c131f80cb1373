/** The planner's content as each page gets it (validated files, one language), for the tests. */
import { loadPlannerPage } from '../../../src/lib/participation-planner/content-check';

export const CONTENT = { fr: loadPlannerPage('fr'), en: loadPlannerPage('en') } as const;
