/**
 * Record revisions, pure: which revision a record is at, what a save makes of it, which fields
 * two versions disagree on, and patches (the change an action announced, undone on its own).
 */

/** The fields every record carries that are bookkeeping, not what the person wrote. */
export const META_FIELDS = ['id', 'createdAt', 'updatedAt', 'rev'] as const;

/** A record's revision; one written before revisions existed counts as 1. */
export function revOf(record: { rev?: number | undefined } | null | undefined): number {
  return record?.rev ?? 1;
}

/** Structural equality for stored values (JSON data: objects, arrays, strings, numbers, booleans). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The fields (not bookkeeping) on which two versions of a record differ, in a stable order. */
export function differingFields(mine: object, theirs: object): string[] {
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(m), ...Object.keys(t)])].filter((k) => !(META_FIELDS as readonly string[]).includes(k));
  return keys.filter((k) => !sameValue(m[k], t[k])).sort();
}

/** One announced change: the fields' values before it and after it. */
export interface Patch<T> {
  before: Partial<T>;
  after: Partial<T>;
}

/** The change that undoes `patch`. */
export function invertPatch<T>(patch: Patch<T>): Patch<T> {
  return { before: patch.after, after: patch.before };
}

/**
 * Applies a patch to the stored record when every field it touches still holds its `before`
 * value; otherwise names the fields that moved on (another edit got there first) and changes
 * nothing. Fields the patch does not name are kept as stored.
 */
export function applyPatch<T extends object>(stored: T, patch: Patch<T>): { ok: true; record: T } | { ok: false; moved: string[] } {
  const moved = (Object.keys(patch.after) as (keyof T)[]).filter((k) => !sameValue(stored[k], patch.before[k]));
  if (moved.length) return { ok: false, moved: moved.map(String) };
  const record = { ...stored };
  for (const k of Object.keys(patch.after) as (keyof T)[]) {
    const value = patch.after[k];
    if (value === undefined) delete record[k];
    else record[k] = value;
  }
  return { ok: true, record };
}
