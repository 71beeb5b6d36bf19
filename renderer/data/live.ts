/**
 * Live queries for the screens: `useLiveQuery(() => someRepositoryRead(), deps)` re-renders when
 * the data it read changes. Screens import it from here so that only renderer/data depends on
 * Dexie (the database and its hooks); what they query stays the repositories' functions.
 */
export { useLiveQuery } from 'dexie-react-hooks';
