// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseSearchStart, searchIndexStore } from '../../../renderer/data/searchIndex';

// The page's side of the worker's start pace (StartPace): a worker made for a start on the Search
// screen (prepare, which names it for the journal: only such a worker keeps a pace) is released
// once the screen says so; any other has no pace to release.

/** Every message posted to a worker made meanwhile (a stand-in Worker: it never answers). */
let posted: { type: string }[];
beforeEach(() => {
  posted = [];
  (globalThis as { Worker?: unknown }).Worker = class {
    onmessage: unknown = null;
    onerror: unknown = null;
    postMessage(msg: { type: string }) {
      posted.push(msg);
    }
    terminate() {}
  };
});
afterEach(() => {
  searchIndexStore.stop();
  delete (globalThis as { Worker?: unknown }).Worker;
});

const releases = () => posted.filter((m) => m.type === 'release').length;

describe('releasing the search worker’s start pace', () => {
  it('a worker made for a start on the Search screen is released once, when the screen says', () => {
    searchIndexStore.prepare();
    void searchIndexStore.search('harbour').catch(() => undefined);
    expect(posted.map((m) => m.type)).toEqual(['search']);
    releaseSearchStart();
    releaseSearchStart();
    expect(releases()).toBe(1);
  });

  it('any other worker is never sent a release (it keeps no pace)', () => {
    void searchIndexStore.search('harbour').catch(() => undefined);
    releaseSearchStart();
    expect(posted.map((m) => m.type)).toEqual(['search']);
  });
});
