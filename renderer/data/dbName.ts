/** The journal's database (db.ts re-exports it; here without Dexie, so the build's config can name it: vite.config.ts). */
export const DB_NAME = 'sextant';
