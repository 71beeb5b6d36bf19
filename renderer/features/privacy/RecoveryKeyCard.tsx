/** The recovery key, shown once, with a print view (the print stylesheet shows only this card). */
export function RecoveryKeyCard({ recoveryKey }: { recoveryKey: string }) {
  return (
    <section className="recovery-card" aria-labelledby="recovery-title">
      <h3 id="recovery-title">Your recovery key</h3>
      <p>
        This key opens your Sextant journal if you forget the passphrase. It is shown only now: print it or write it down, and keep it
        somewhere safe, away from this computer.
      </p>
      <p className="recovery-key">
        <span className="muted">Recovery key: </span>
        <code>{recoveryKey}</code>
      </p>
      <p className="print-only">
        To use it: open Sextant, choose "Forgot the passphrase? Use the recovery key" on the lock screen, and type the key (letters and
        digits; dashes and case do not matter). Then set a new passphrase in Settings › Privacy.
      </p>
      <button type="button" className="no-print" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </section>
  );
}
