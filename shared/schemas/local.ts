import { z } from 'zod';
import { Id, IsoDateTime, Revision, ShortText } from './common';
import { built, lazySchema } from './lazy';

/** The tables whose records carry revisions and leave tombstones when deleted. */
export const REVISED_TABLES = ['entries', 'people'] as const;
export const RevisedTable = lazySchema(() => z.enum(REVISED_TABLES));
export type RevisedTable = z.infer<typeof RevisedTable>;

/**
 * A deleted record's tombstone: which record, the revision its deletion made, and when. A save
 * based on an older revision of a tombstoned record is a conflict, not a silent resurrection;
 * tombstones are also what a future sync would replicate as deletions.
 */
export const Tombstone = lazySchema(() =>
  z.strictObject({
    table: built(RevisedTable),
    id: built(Id),
    rev: built(Revision),
    deletedAt: built(IsoDateTime),
  }),
);
export type Tombstone = z.infer<typeof Tombstone>;

/**
 * A form's autosaved draft: the form's own state (checked against the form's shape when it is
 * offered back), under a key naming the form and record (`entry:<id>`, `entry:new:reflection`).
 */
export const FormDraft = lazySchema(() =>
  z.strictObject({
    key: built(ShortText).min(1),
    value: z.record(z.string(), z.unknown()),
    savedAt: built(IsoDateTime),
  }),
);
export type FormDraft = z.infer<typeof FormDraft>;
