/** The path module: dimensions, factors, the fit model, its sentences and next steps, its history, and the five-step tracker. */
export * from './dimensions';
export * from './factors';
export * from './evidence';
export * from './model';
export * from './sentences';
export * from './nextSteps';
export * from './fit';
export * from './history';
export * from './steps';
