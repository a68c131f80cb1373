/** Public API of the participation planner's domain logic (pure TypeScript: no React, no DOM). */
export * from './scales';
export * from './steps';
export * from './schema';
export * from './answers';
export * from './group';
export * from './profile-match';
export * from './rules-engine';
export type * from './content-schemas';
export * from './content';
export * from './describe';
export * from './evaluate';
export * from './progress';
export * from './examples';
export * from './summary';
export * from './tool';
