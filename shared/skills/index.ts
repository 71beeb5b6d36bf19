/** The skills module: level descriptions, progress and focus suggestions. */
export * from './levels';
export * from './progress';
export * from './focus';
