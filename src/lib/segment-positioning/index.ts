/** Public API of the segment-positioning tool's logic (pure TypeScript: no React, no DOM). */
export * from './axes';
export * from './numbers';
export * from './questions';
export * from './schema';
export * from './segment';
export * from './sections';
export * from './strategy';
export * from './merge';
export * from './group';
export * from './bubble';
export * from './labels';
export * from './summary';
export * from './csv';
export * from './presets';
export type * from './content-schemas';
export * from './tool';
export * from './merge-summary';
