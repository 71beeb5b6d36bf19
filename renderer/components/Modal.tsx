import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A native modal dialog: focus is trapped by the browser, Escape closes it, focus returns on close. */
export function Modal({
  open,
  onClose,
  title,
  children,
  actions,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Whether the dialog is meant to be open, as last applied to the element. The `close` event is
  // queued as a task: when the app closes the dialog (open became false) and opens it again soon
  // after (a second "Leave without saving?" question), the first close event arrives while the
  // new question is showing. Passing it on would answer the new question with the old "cancel".
  const shown = useRef(false);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
    shown.current = open;
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => {
        // Only a close the app did not ask for (the element is closed while it should be open).
        if (shown.current && !ref.current?.open) onClose();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-actions">
        {actions ?? (
          <button type="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </dialog>
  );
}
