export * from './common';
export * from './entry';
export * from './person';
export * from './settings';
export * from './skills';
export * from './path';
export * from './local';
export * from './reminders';
