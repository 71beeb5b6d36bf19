import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Runs the benchmark in quick mode (1,000 entries) as a smoke test: it must complete and report
// every figure. Timings are not asserted here (a shared test machine is too noisy); `npm run bench`
// measures them. Every feature the bench measures exists, so no figure may be "n/a".

function isNumber(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x);
}

describe('benchmark, quick mode', () => {
  it('completes and emits every figure, each numeric', () => {
    const r = spawnSync(process.execPath, ['bench/run.mjs', '--quick'], { encoding: 'utf8', env: process.env, timeout: 600_000 });
    expect(r.status, `bench failed:\n${r.stderr}\n${r.stdout}`).toBe(0);
    const { quick, figures: f } = JSON.parse(readFileSync('bench/results/quick.json', 'utf8'));
    expect(quick).toBe(true);
    expect(f.entries).toBe(1_000);
    for (const key of ['interactiveEmptyMs', 'interactiveFullMs', 'interactivePeopleMs', 'peopleSummarisedMs']) {
      expect(isNumber(f[key].median) && isNumber(f[key].p95), key).toBe(true);
    }
    expect(isNumber(f.interactiveRatio.median)).toBe(true);
    // Every screen at the empty journal and at 1,000 entries, with its ratio to the empty journal.
    // Search twice: a first start that builds the index, and a start from the saved index.
    const screens = [
      'Home',
      'Home, every card',
      'Journal',
      'People',
      'Skills',
      "A skill's detail",
      'Path',
      'Plan',
      'Search, index built at start',
      'Search, saved index',
      'Settings',
    ];
    expect(Object.keys(f.screens as object)).toEqual(screens);
    for (const name of screens) {
      const s = f.screens[name];
      for (const n of ['0', '1000']) expect(isNumber(s.at[n].median) && isNumber(s.at[n].p95), `${name} at ${n}`).toBe(true);
      expect(isNumber(s.ratio['1000']), `${name} ratio`).toBe(true);
      expect(r.stdout).toMatch(
        new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +[0-9.]+ / [0-9.]+ ms +[0-9.]+ / [0-9.]+ ms \\([0-9.]+ x\\)`, 'm'),
      );
    }
    expect(isNumber(f.interactiveFirstStartMs.value)).toBe(true);
    expect(isNumber(f.searchLatencyMs.p50) && isNumber(f.searchLatencyMs.p95)).toBe(true);
    expect(f.searchLatencyMs.queries).toBeGreaterThan(100);
    expect(isNumber(f.searchIndexBuildMs.atStart) && isNumber(f.searchIndexBuildMs.inBench)).toBe(true);
    // Search ready after start: the first start (a full build) and the second (the saved index), and their ratio.
    for (const key of ['build', 'snapshot', 'firstResultBuild', 'firstResultSnapshot']) {
      const v = f.searchReadyAfterStartMs[key];
      expect(isNumber(v?.median) && isNumber(v?.p95), `searchReadyAfterStartMs.${key}`).toBe(true);
    }
    expect(isNumber(f.searchReadyAfterStartMs.ratio)).toBe(true);
    // Every entry, milestone and person is a search document.
    expect(f.searchIndexBuildMs.documents).toBeGreaterThan(1_000 + 50);
    expect(isNumber(f.rawIndexedDbRecordsPerSecond.median)).toBe(true);
    expect(isNumber(f.heapAfterLoadMB.value)).toBe(true);
    // The search worker's heap is reached and counted (the index lives there).
    expect(f.workerHeapAfterLoadMB.workers).toBeGreaterThanOrEqual(1);
    expect(f.workerHeapAfterLoadMB.value).toBeGreaterThan(0);
    expect(f.totalHeapAfterLoadMB.value).toBeGreaterThan(f.heapAfterLoadMB.value as number);
    // Typed-array and ArrayBuffer backing stores (outside V8's usedSize) and Blink's heap are counted too.
    for (const key of ['jsHeaps', 'backingStores', 'embedder']) expect(isNumber(f.totalHeapAfterLoadMB[key]), key).toBe(true);
    expect(isNumber(f.workerHeapAfterLoadMB.backingStores)).toBe(true);
    for (const key of [
      'restoreRecordsPerSecond',
      'rawIndexedDbRecordsPerSecond',
      'restoreVsRaw',
      'skillProgressMs',
      'pathFitMs',
      'fitHistoryMs',
      'planPdfMs',
      'planExportLongestTaskMs',
      'planExportAppLongestTaskMs',
      'planPrintViewMs',
      'encryptionKdfMs',
      'unlockKdfMs',
      'unlockToTimelineMs',
      'timelineStartEncryptedMs',
      'restoreEncryptionOffRecordsPerSecond',
      'restoreEncryptionOnRecordsPerSecond',
      'planPdfEncryptedMs',
    ]) {
      const v = f[key];
      expect(isNumber(v?.median) && isNumber(v?.p95), `${key}: ${JSON.stringify(v)}`).toBe(true);
    }
    // Encryption (issue 9): each figure with encryption on (above), and its ratio to the same figure off in this run.
    expect(isNumber(f.searchIndexBuildEncryptedMs.value) && isNumber(f.searchLatencyEncryptedMs.p95)).toBe(true);
    for (const ratio of ['timelineStart', 'searchIndexBuild', 'searchKeystrokeP95', 'restore', 'planPdf'])
      expect(isNumber(f.encryptionOnVsOff[ratio]), ratio).toBe(true);
    // Every record of the journal is encrypted: the 1,000 entries, 50 people and the rest.
    expect(f.enableEncryption.records).toBeGreaterThan(1_050);
    expect(isNumber(f.enableEncryption.recordsPerSecond) && isNumber(f.enableEncryption.vsRestore)).toBe(true);
    expect(isNumber(f.disableEncryptionMs.value) && isNumber(f.unlockInPageMs.value)).toBe(true);
    // The printed table names every figure.
    for (const label of [
      'Interactive timeline, empty journal',
      'People list',
      'Search per keystroke',
      'Search ready after start: full build (first start) / saved index (second start)',
      'Restore (median / p95)',
      'Raw IndexedDB puts',
      'restore / raw throughput',
      'Skill progress',
      'Path fit',
      'Path fit history',
      'Full plan PDF export',
      'longest main-thread task during the export',
      "of which the app's own steps",
      'lay out the print view',
      'JS heap',
      'passphrase KDF alone',
      'Unlock to interactive timeline',
      'Timeline start, encryption on',
      'Search with encryption on',
      'Restore, encryption off / on',
      'Plan PDF, encryption on',
      'Turning encryption on',
      'Turning encryption off',
    ]) {
      expect(r.stdout).toContain(label);
    }
  }, 600_000);
});
