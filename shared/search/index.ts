export * from './documents';
export * from './searchEngine';
export * from './highlight';
export * from './journalIndex';
export * from './snapshot';
