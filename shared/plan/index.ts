/** The plan module: compose the career plan, and render it as Markdown. */
export * from './types';
export * from './compose';
export * from './goals';
export * from './format';
export * from './markdown';
export * from './radar';
