import { useCallback, useState } from 'react';

/** Runs one file task at a time: `busy` while it runs, `error` holding what it threw (cleared at the next run). */
export function useTask(onError?: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (task: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await task();
      } catch (e) {
        onError?.();
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [onError],
  );
  return { busy, error, setError, run };
}
