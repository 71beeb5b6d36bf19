export * from './documents';
export * from './searchEngine';
export * from './highlight';
export * from './journalIndex';
export * from './snapshot';
export * from './snapshotReader';
// The schemas for stored rows the quick checks refuse (./storedEntry.ts): provided as this loads.
export * from './recordSchemas';
