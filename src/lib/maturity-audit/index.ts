/** Public API of the maturity audit's logic (pure TypeScript: no React, no DOM). */
export * from './stages';
export * from './ids';
export * from './scales';
export type * from './questionnaire-schema';
export * from './questionnaire';
export * from './data-schema';
export * from './values';
export * from './scoring';
export * from './recommendations';
export * from './team';
export * from './compare';
export * from './plan';
export * from './answers';
export * from './csv';
export * from './tool';
export * from './migrate-v1';
export * from './summary';
export * from './text';
