import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from '../ConfirmDialog';

/**
 * Keeps unsaved edits from being lost silently: while `dirty`, leaving the screen inside the app
 * (links, back button, shortcuts, Cancel) asks first, and closing or reloading the window
 * triggers the browser's own beforeunload question. `release()` lets one navigation through
 * (after a successful save).
 */
export function useUnsavedChanges(dirty: boolean): { release: () => void; dialog: ReactNode } {
  // The blocker reads the latest `dirty`; the ref is updated after each commit, never during render.
  const dirtyRef = useRef(dirty);
  useLayoutEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  const released = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => dirtyRef.current && !released.current && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (released.current) return;
      e.preventDefault();
      // Older engines still need returnValue set to show the prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const dialog = (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      message="You have changes here that are not saved yet. If you leave now, they will be lost."
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
  return {
    release: useCallback(() => {
      released.current = true;
    }, []),
    dialog,
  };
}
