import { useLiveQuery } from '../../data/live';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { revOf } from '../../../shared/revisions';
import type { FormDraft, RevisedTable } from '../../../shared/schemas';
import { discardFormDraft, loadFormDraft, saveFormDraft } from '../../data/repositories/drafts';
import { SaveConflictError, storedVersion, type SaveOptions } from '../../data/revisions';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../../data/saveErrors';
import { ConflictDialog, type ConflictChoice } from './ConflictDialog';

/** How long typing pauses before the draft is written. */
export const DRAFT_DELAY_MS = 400;

export interface SafeFormOptions<T, R> {
  initial: T;
  /** The draft's key: the form and the record (`entry:<id>`, `entry:new:reflection`, `person:new`). */
  draftKey: string;
  /** The stored record this form edits; absent for a new one. */
  record?: { table: RevisedTable; id: string };
  /** "entry", "person": for messages. */
  what: string;
  /** The part of the form's value that is saved (it carries the revision the form is based on). */
  mineOf: (value: T) => { rev?: number | undefined };
  /** The form's value for a stored version (the person chose "keep theirs"). */
  adopt: (theirs: R, current: T) => T;
  /** Where to go when the person leaves a record deleted elsewhere deleted. */
  whenDeleted: string;
  /** The form element (Keep mine saves through the form's own submit). */
  formRef: RefObject<HTMLFormElement | null>;
}

/** Same top-level fields with the same kinds of values: a draft still fits this form. */
function fitsShape(initial: object, candidate: Record<string, unknown>): boolean {
  const base = initial as Record<string, unknown>;
  return Object.keys(candidate).every(
    (k) =>
      base[k] === undefined ||
      candidate[k] === undefined ||
      (Array.isArray(base[k]) === Array.isArray(candidate[k]) && typeof base[k] === typeof candidate[k]),
  );
}

/** "14:32", with the day in front when it was not today. */
export function draftTime(iso: string, now = new Date()): string {
  const d = new Date(iso);
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === now.toDateString() ? time : `${d.toLocaleDateString([], { day: 'numeric', month: 'short' })}, ${time}`;
}

/**
 * What keeps a form's text safe: an autosaved draft (debounced, offered back after a crash or a
 * reload, removed on save or discard), a notice when its record changes or is deleted in another
 * window, the side-by-side choice when a save meets a newer or deleted version, and a storage-full
 * message kept until dismissed.
 */
export function useSafeForm<T extends object, R extends object>(o: SafeFormOptions<T, R>) {
  const navigate = useNavigate();
  const [value, setValue] = useState(o.initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(o.initial));
  const dirty = JSON.stringify(value) !== baseline;
  const [offer, setOffer] = useState<FormDraft | null | undefined>(undefined);
  const [draftSavedAt, setDraftSavedAt] = useState<string | null>(null);
  const [draftFailed, setDraftFailed] = useState(false);
  const [conflict, setConflict] = useState<ConflictChoice | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [leaveTo, setLeaveTo] = useState<string | null>(null);
  const overwriteNext = useRef(false);
  const saved = useRef(false); // for the effects and callbacks
  const [savedOnce, setSavedOnce] = useState(false); // the same, for rendering
  const key = o.draftKey;
  const initialRef = useRef(o.initial);

  // Offer a draft left from before (a crash, a reload, a closed lid).
  useEffect(() => {
    let live = true;
    void loadFormDraft(key).then((d) => {
      if (!live) return;
      const useful = d && fitsShape(initialRef.current, d.value) && JSON.stringify(d.value) !== JSON.stringify(initialRef.current);
      if (d && !useful) void discardFormDraft(key);
      setOffer(useful ? d : null);
    });
    return () => {
      live = false;
    };
  }, [key]);

  // Autosave while there are unsaved edits (after any offered draft was answered).
  const kept = useRef<string | null>(null); // the JSON of the draft stored now, if any
  const writing = useRef<Promise<void>>(Promise.resolve()); // the draft write under way, if any
  useEffect(() => {
    if (offer !== null || saved.current) return;
    const json = JSON.stringify(value);
    if (!dirty) {
      if (kept.current !== null) {
        kept.current = null;
        void discardFormDraft(key);
        setDraftSavedAt(null);
      }
      return;
    }
    if (json === kept.current) return;
    const timer = setTimeout(() => {
      if (saved.current) return;
      writing.current = saveFormDraft(key, value).then(
        (at) => {
          kept.current = json;
          setDraftSavedAt(at);
          setDraftFailed(false);
        },
        () => setDraftFailed(true),
      );
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, dirty, offer, key]);

  // Leaving the form inside the app (Cancel, a link, "Discard changes") is an explicit discard.
  const offerRef = useRef(offer);
  useEffect(() => {
    offerRef.current = offer;
  }, [offer]);
  useEffect(
    () => () => {
      if (offerRef.current === null) void discardFormDraft(key);
    },
    [key],
  );

  useEffect(() => {
    if (leaveTo !== null && !dirty) void navigate(leaveTo);
  }, [leaveTo, dirty, navigate]);

  // The stored record, live: another window's save or delete shows up here.
  const stored = useLiveQuery(
    () => (o.record ? storedVersion<R & { id: string; updatedAt: string }>(o.record.table, o.record.id) : Promise.resolve(undefined)),
    [o.record?.table, o.record?.id],
  );
  const baseRev = revOf(o.mineOf(value));
  const movedOn = o.record !== undefined && stored !== undefined && !savedOnce && (stored === null || revOf(stored) !== baseRev);

  /** Runs a save; a conflict opens the side-by-side choice and storage full the notice (both resolve to null). */
  async function save<X>(run: (options: SaveOptions) => Promise<X>): Promise<X | null> {
    const overwrite = overwriteNext.current;
    overwriteNext.current = false;
    try {
      const result = await run({ overwrite });
      saved.current = true;
      setSavedOnce(true);
      setNotice(null);
      // A draft write already under way must not land after the discard.
      await writing.current;
      await discardFormDraft(key).catch(() => undefined);
      return result;
    } catch (e) {
      if (e instanceof SaveConflictError) {
        const clash = e as SaveConflictError;
        setConflict({ mine: clash.mine, theirs: clash.theirs });
        return null;
      }
      if (isStorageFull(e)) {
        setNotice(STORAGE_FULL_MESSAGE);
        return null;
      }
      throw e;
    }
  }

  const keepMine = () => {
    overwriteNext.current = true;
    setConflict(null);
    o.formRef.current?.requestSubmit();
  };
  const keepTheirs = () => {
    const theirs = conflict?.theirs;
    setConflict(null);
    if (theirs) {
      const next = o.adopt(theirs as R, value);
      setValue(next);
      setBaseline(JSON.stringify(next));
    } else {
      setBaseline(JSON.stringify(value));
      void discardFormDraft(key);
      setLeaveTo(o.whenDeleted);
    }
  };

  const banners: ReactNode = (
    <>
      {offer && (
        <div className="form-banner" role="region" aria-label="Unsaved draft">
          <p>
            <strong>Restore the draft from {draftTime(offer.savedAt)}?</strong> You were writing here and it was not saved.
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setValue(offer.value as T);
                setOffer(null);
              }}
            >
              Restore the draft
            </button>
            <button
              type="button"
              onClick={() => {
                void discardFormDraft(key);
                setOffer(null);
              }}
            >
              Discard it
            </button>
          </div>
        </div>
      )}
      {movedOn && !conflict && (
        <div className="form-banner form-banner-warn" role="alert">
          <p>
            {stored === null
              ? `This ${o.what} was deleted in another window. Saving will ask before bringing it back.`
              : `This ${o.what} was changed in another window after you opened it. Saving will ask which version to keep.`}
          </p>
          <button type="button" onClick={() => setConflict({ mine: o.mineOf(value), theirs: stored ?? null })}>
            Compare the versions
          </button>
        </div>
      )}
      {notice && (
        <div className="form-banner form-banner-error" role="alert">
          <p>{notice}</p>
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );

  const draftStatus: ReactNode = draftFailed ? (
    <span className="muted form-draft-status">The draft could not be kept (is the disk full?)</span>
  ) : draftSavedAt && dirty ? (
    <span className="muted form-draft-status">Draft kept at {draftTime(draftSavedAt)}</span>
  ) : null;

  const dialogs: ReactNode = (
    <ConflictDialog conflict={conflict} what={o.what} onKeepMine={keepMine} onKeepTheirs={keepTheirs} onClose={() => setConflict(null)} />
  );

  return { value, setValue, dirty, save, banners, draftStatus, dialogs };
}
