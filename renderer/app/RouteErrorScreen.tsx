import { useState } from 'react';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { errorMessage } from '../components/problems';
import { nowIso } from '../data/clock';
import { retryFailedScreens } from './lazyScreen';

/** True for an error from loading a screen's code (a chunk that failed to download or to evaluate). */
export function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|module script|Importing a module script failed|ChunkLoadError|Loading chunk|preload CSS/i.test(text);
}

/** The details a bug report needs, as plain text: where, when, which version, and the error with its stack. */
export function errorDetails(error: unknown, where: string, at: string): string {
  const lines = [
    `Screen: ${where}`,
    `Time: ${at}`,
    `Version: ${import.meta.env.VITE_APP_VERSION ?? 'unknown'}`,
    `Browser: ${navigator.userAgent}`,
  ];
  if (isRouteErrorResponse(error)) lines.push(`Error: ${error.status} ${error.statusText}`);
  else if (error instanceof Error) lines.push(`Error: ${error.name}: ${error.message}`, '', error.stack ?? '(no stack)');
  else lines.push(`Error: ${errorMessage(error)}`);
  return lines.join('\n');
}

/**
 * The error element of every route: what happened in plain words, "Reload this screen" (renders
 * the route again: a screen whose code failed to load fetches it again), and "Copy details" for
 * a bug report. The sidebar stays, so the rest of the app remains usable.
 */
export function RouteErrorScreen() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const [at] = useState(nowIso);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const where = `${location.pathname}${location.search}`;
  const details = errorDetails(error, where, at);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const chunk = isChunkLoadError(error);

  const title = notFound ? 'There is no such screen' : 'This screen could not be shown';
  const what = notFound
    ? 'The address does not match any screen of Sextant.'
    : chunk
      ? 'Part of the app needed for this screen could not be loaded. Reloading the screen usually fixes it.'
      : 'Something went wrong while showing it. Your saved entries are not affected: nothing was changed or deleted.';

  // A new history entry for the same address: the router renders the route again from scratch,
  // and a screen whose code failed to load fetches it again.
  const reload = () => {
    retryFailedScreens();
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true });
  };
  const copy = () =>
    navigator.clipboard.writeText(details).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );

  return (
    <div className="route-error card" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{title}</h1>
      <p>{what}</p>
      {!notFound && <p className="muted">If it keeps happening, copy the details and include them in a bug report.</p>}
      <div className="row">
        <button type="button" className="primary" onClick={reload}>
          Reload this screen
        </button>
        <button type="button" onClick={() => void copy()}>
          Copy details
        </button>
        {notFound && (
          <button type="button" onClick={() => void navigate('/')}>
            Go to Home
          </button>
        )}
      </div>
      <p role="status" className="muted">
        {copied === 'yes' ? 'Details copied.' : copied === 'failed' ? 'Copying was refused; select the details below and copy them.' : ''}
      </p>
      <details>
        <summary>Details</summary>
        <pre className="route-error-details">{details}</pre>
      </details>
    </div>
  );
}
