import { formatSigned } from '../../../shared/path';

/**
 * The one scale on the Path screen: internal on the left (-1), external on the right (+1), with
 * the signed position as a marker. Decorative: the number beside it carries the same information.
 */
export function ScaleBar({ position, small = false }: { position: number; small?: boolean }) {
  const left = `${((position + 1) / 2) * 100}%`;
  return (
    <div className={`fit-scale${small ? ' fit-scale-small' : ''}`} aria-hidden="true">
      <div className="fit-track">
        <span className="fit-marker" style={{ left }} />
      </div>
      {!small && (
        <div className="fit-scale-labels">
          <span>Internal -1</span>
          <span>0</span>
          <span>+1 External</span>
        </div>
      )}
    </div>
  );
}

/** The signed number with its side in words, e.g. "-0.42 (internal)". */
export function SignedPosition({ value }: { value: number }) {
  const side = value < 0 ? 'internal' : value > 0 ? 'external' : null;
  return (
    <span className={`fit-number fit-${side ?? 'neither'}`}>
      {formatSigned(value)}
      {side && <span className="visually-hidden"> toward {side}</span>}
    </span>
  );
}
