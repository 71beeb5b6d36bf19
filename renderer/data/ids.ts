/** The one id generator: random UUID v4 (crypto.randomUUID exists in Electron, browsers and Node 20). */
export function newId(): string {
  return crypto.randomUUID();
}

/** The one clock for stored timestamps, so tests can pin it. */
export let nowIso = (): string => new Date().toISOString();

/** Test hook: pin the clock used for createdAt/updatedAt. */
export function setClock(fn: () => string): void {
  nowIso = fn;
}
