/** The planner's sections, in reading order: six input steps, then four result sections. */
export const STEP_IDS = [
  'offer',
  'timing',
  'level',
  'personalisation',
  'profile',
  'readiness',
  'mix',
  'actions',
  'checklist',
  'summary',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The steps the reader fills in; progress counts these. */
export const INPUT_STEPS = ['offer', 'timing', 'level', 'personalisation', 'profile', 'readiness'] as const;
export type InputStepId = (typeof INPUT_STEPS)[number];

/** Chapters the planner links to (keys of src/content/guides). */
export const CHAPTER_KEYS = ['customer-participation', 'participation-timing', 'co-production-profiles', 'managing-participation'] as const;
export type ChapterKey = (typeof CHAPTER_KEYS)[number];
