/** The path module: dimensions, factors, path fit, its history, and the five-step tracker. */
export * from './dimensions';
export * from './factors';
export * from './evidence';
export * from './fit';
export * from './history';
export * from './steps';
