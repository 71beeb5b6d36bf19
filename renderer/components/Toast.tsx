import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ToastAction {
  label: string;
  run: () => void;
}
interface ToastMessage {
  id: number;
  text: string;
  action?: ToastAction;
  tone: 'info' | 'error';
}
type ShowToast = (text: string, options?: { action?: ToastAction; tone?: 'info' | 'error' }) => void;

const ToastContext = createContext<ShowToast>(() => {});
/** Where an open form wants its messages shown: beside its buttons, never over them. */
const SlotContext = createContext<(el: HTMLElement | null) => void>(() => {});

/** How long an information message stays (errors stay until dismissed). */
const INFO_MS = 5_000;
const ACTION_MS = 10_000;

/**
 * Short status messages, one at a time (the newest; an undismissed error comes back once the
 * newer message goes), optionally with one action such as Undo. Information disappears by itself;
 * an error stays until dismissed, and none goes while pointed at or focused. While a form is open the message sits in the form's button row
 * (see ToastSlot), so it never covers Save; elsewhere it floats in the corner, above the page's
 * bottom padding. Both places are polite live regions.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const show = useCallback<ShowToast>((text, options = {}) => {
    const id = next.current++;
    const tone = options.tone ?? 'info';
    // Older information gives way; errors wait until they are dismissed.
    setToasts((ts) => [...ts.filter((t) => t.tone === 'error').slice(-4), { id, text, action: options.action, tone }]);
  }, []);
  const current = toasts.at(-1);
  // Information goes by itself, but not while the pointer or keyboard focus is on it (time to reach Undo).
  // The id of the toast held; a new toast is not held (no effect needed to reset it).
  const [heldId, setHeldId] = useState<number | null>(null);
  const held = current !== undefined && heldId === current.id;
  const setHeld = (on: boolean) => setHeldId(on && current ? current.id : null);
  useEffect(() => {
    if (!current || current.tone === 'error' || held) return;
    const timer = setTimeout(() => dismiss(current.id), current.action ? ACTION_MS : INFO_MS);
    return () => clearTimeout(timer);
  }, [current, held, dismiss]);
  const visual = current && (
    <div
      key={current.id}
      className={`toast toast-${current.tone}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setHeld(false);
      }}
    >
      <span>{current.text}</span>
      {current.action && (
        <button
          type="button"
          onClick={() => {
            current.action!.run();
            dismiss(current.id);
          }}
        >
          {current.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss message" onClick={() => dismiss(current.id)}>
        ×
      </button>
    </div>
  );
  return (
    <ToastContext.Provider value={show}>
      <SlotContext.Provider value={setSlot}>{children}</SlotContext.Provider>
      <div className="toasts" role="status" aria-live="polite">
        {!slot && visual}
      </div>
      {slot && createPortal(visual, slot)}
    </ToastContext.Provider>
  );
}

/** Marks where messages go while this form is on screen (its button row). */
export function ToastSlot() {
  const register = useContext(SlotContext);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    register(ref.current);
    return () => register(null);
  }, [register]);
  return <div ref={ref} className="toast-slot" role="status" aria-live="polite" />;
}

/** The toast function: `toast('Saved')`, `toast('Deleted', { action: { label: 'Undo', run } })`. */
export function useToast() {
  return useContext(ToastContext);
}
