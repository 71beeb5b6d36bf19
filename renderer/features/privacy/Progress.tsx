/** Progress of rewriting the journal (encrypting or decrypting), announced politely. */
export function Progress({ verb, done, total, note }: { verb: string; done: number; total: number; note: string }) {
  return (
    <div className="privacy-step" role="status" aria-live="polite">
      <label htmlFor="privacy-progress">
        {verb}: {done.toLocaleString()} of {total.toLocaleString()} records
      </label>
      <progress id="privacy-progress" max={Math.max(total, 1)} value={done} />
      <p className="muted">{note}</p>
    </div>
  );
}
