/**
 * The search worker's name (the Worker `name` option, which reaches it before any message): it
 * names the journal whose first build the worker may begin reading at once, "sextant-search:<database>",
 * or only "sextant-search". Used by the page that makes it (searchIndex.ts), by the worker itself
 * (search.worker.ts) and by the boot script that makes it on a start on #/search (vite.config.ts).
 */
export const searchWorkerName = (early?: string): string => (early ? `sextant-search:${early}` : 'sextant-search');

/** The journal a search worker named `name` may begin reading (see searchWorkerName). */
export const earlyDatabaseOf = (name: string): string | undefined => /^sextant-search:(.+)$/.exec(name)?.[1];
