import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

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

const ToastContext = createContext<(text: string, options?: { action?: ToastAction; tone?: 'info' | 'error' }) => void>(() => {});

/** Shows short status messages (announced to screen readers), optionally with one action such as Undo. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (text: string, options: { action?: ToastAction; tone?: 'info' | 'error' } = {}) => {
      const id = next.current++;
      setToasts((ts) => [...ts.slice(-2), { id, text, action: options.action, tone: options.tone ?? 'info' }]);
      setTimeout(() => dismiss(id), options.action ? 10_000 : 5_000);
    },
    [dismiss],
  );
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`}>
            <span>{t.text}</span>
            {t.action && (
              <button
                type="button"
                onClick={() => {
                  t.action!.run();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss message" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** The toast function: `toast('Saved')`, `toast('Deleted', { action: { label: 'Undo', run } })`. */
export function useToast() {
  return useContext(ToastContext);
}
