import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { keepSessionOffline } from '../../electron/offline';

/** A session that records every setter called on it, whatever its name. */
function recordingSession() {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const session = new Proxy(
    {},
    {
      get:
        (_t, method: string) =>
        (...args: unknown[]) =>
          void calls.push({ method, args }),
    },
  ) as unknown as Session;
  return { session, calls };
}

/** Every string reachable in a value (arguments may be objects or arrays). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

describe('keepSessionOffline', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`on ${platform} points dictionary downloads at the loopback discard port`, () => {
      const { session, calls } = recordingSession();
      keepSessionOffline(session, platform);
      expect(calls.find((c) => c.method === 'setSpellCheckerDictionaryDownloadURL')?.args).toEqual(['http://127.0.0.1:9/']);
    });

    it(`on ${platform} gives no session setting an address off this machine`, () => {
      const { session, calls } = recordingSession();
      keepSessionOffline(session, platform);
      expect(calls.length).toBeGreaterThan(0);
      for (const text of calls.flatMap((c) => strings(c.args))) {
        let url: URL | null = null;
        try {
          url = new URL(text);
        } catch {
          // Not an address (a language code, for example).
        }
        if (url) expect(LOOPBACK.has(url.hostname), `${text} leaves the machine`).toBe(true);
      }
    });
  }

  it('turns spellchecking off on Linux, where the only checker needs downloaded dictionaries', () => {
    const { session, calls } = recordingSession();
    keepSessionOffline(session, 'linux');
    expect(calls.filter((c) => c.method !== 'setSpellCheckerDictionaryDownloadURL')).toEqual([
      { method: 'setSpellCheckerLanguages', args: [[]] },
      { method: 'setSpellCheckerEnabled', args: [false] },
    ]);
  });

  it("keeps the operating system's own spellchecker on macOS and Windows and sets no Hunspell languages", () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { session, calls } = recordingSession();
      keepSessionOffline(session, platform);
      expect(calls.map((c) => c.method)).not.toContain('setSpellCheckerLanguages');
      expect(calls.find((c) => c.method === 'setSpellCheckerEnabled')?.args).toEqual([true]);
    }
  });
});
