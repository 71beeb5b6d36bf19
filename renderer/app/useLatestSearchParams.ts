import { useEffect, useRef, useState } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

/** Builds the next query string from the latest one (including changes not yet in the URL). */
export type ParamsChange = (latest: URLSearchParams) => URLSearchParams;

/**
 * The URL's query parameters for screens whose inputs live in the URL (filters, the search box).
 * React Router applies a change to the URL a little later, after a render; a second change made
 * before then (fast typing, a filter chosen right after "Clear filters") would otherwise be built
 * from the old parameters and undo the first, and a controlled input would show the old value and
 * drop keystrokes. Here every change starts from the last one asked for, and the screen renders
 * that value at once.
 */
export function useLatestSearchParams(): [URLSearchParams, (change: ParamsChange, options?: NavigateOptions) => void] {
  const [urlParams, setUrlParams] = useSearchParams();
  const url = urlParams.toString();
  // What the screen shows until the URL catches up (state, for rendering)...
  const [pending, setPending] = useState<string | null>(null);
  const [seenUrl, setSeenUrl] = useState(url);
  // ...and what the next change builds on (a ref: several changes can come before one render).
  const latest = useRef<string | null>(null);

  if (seenUrl !== url) {
    // The URL moved: our last change landed (nothing pending any more), or it is an earlier one of
    // ours and the last is still on its way (keep showing the last).
    setSeenUrl(url);
    if (pending === url) setPending(null);
  }
  useEffect(() => {
    if (latest.current === url) latest.current = null;
  }, [url]);

  const change = (fn: ParamsChange, options?: NavigateOptions) => {
    const next = fn(new URLSearchParams(latest.current ?? pending ?? url)).toString();
    latest.current = next;
    setPending(next);
    setUrlParams(new URLSearchParams(next), options);
  };
  return [new URLSearchParams(pending ?? url), change];
}
