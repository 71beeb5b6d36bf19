import type { OpenFailure } from '../data/openDatabase';

const MESSAGES: Record<OpenFailure['reason'], { title: string; what: string; todo: string }> = {
  'newer-version': {
    title: 'This journal was saved by a newer version of Sextant',
    what: 'Your journal was last opened with a newer release, so this version cannot read it safely.',
    todo: 'Install the latest version of Sextant and open it again. Nothing has been changed or deleted.',
  },
  unavailable: {
    title: 'Sextant cannot reach its storage',
    what: 'The local database (IndexedDB) is not available. This happens in private browsing windows or when site storage is blocked.',
    todo: 'Open Sextant in a normal window, or allow site data for it, then reload. Nothing has been deleted.',
  },
  'upgrade-failed': {
    title: 'Your journal could not be opened',
    what: 'Sextant tried to open or update your journal and hit an error, so it stopped before changing anything.',
    todo: 'Quit and reopen Sextant. If it happens again, restore a backup from the backups folder, and keep this message for a bug report. Nothing has been deleted.',
  },
  blocked: {
    title: 'Sextant is open somewhere else',
    what: 'Another Sextant window is holding the journal open with an older version, so this one has to wait.',
    todo: 'Close the other Sextant windows or tabs, then reload this one.',
  },
};

/** Full-screen explanation shown instead of the app when the database cannot be opened. */
export function DatabaseErrorScreen({ failure }: { failure: OpenFailure }) {
  const m = MESSAGES[failure.reason];
  return (
    <main className="fatal">
      <div role="alert" aria-labelledby="fatal-title">
        <h1 id="fatal-title">{m.title}</h1>
        <p>{m.what}</p>
        <p>
          <strong>What to do:</strong> {m.todo}
        </p>
        <details>
          <summary>Technical details</summary>
          <pre>{failure.detail}</pre>
        </details>
        <button type="button" onClick={() => location.reload()}>
          Try again
        </button>
      </div>
    </main>
  );
}
