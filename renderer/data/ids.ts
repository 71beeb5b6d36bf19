/** The one id generator: random UUID v4 (crypto.randomUUID exists in Electron, browsers and Node 20). */
export function newId(): string {
  return crypto.randomUUID();
}

// The clock moved to ./clock (with today()); re-exported for the modules that import it from here.
export { nowIso, setClock } from './clock';
