import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchWorkerState, type FromSearchWorker } from '../../../renderer/data/searchWorkerProtocol';
import { recordSchemasLoaded } from '../../../shared/search/storedEntry';
import { conversation, person, reflection, uuid } from '../../shared/builders';

// The search worker's own code holds no zod: a build of a journal whose rows all pass the quick
// checks never loads it; a row they refuse makes the worker load the schemas
// (renderer/data/searchWorkerSchemas.ts) and read it as the schema gives it (issue 12). This file
// imports only the worker's modules, so what the worker loads is what these counters see.
const loads = vi.hoisted(() => ({ zod: 0, schemas: 0 }));
vi.mock('zod', async (importOriginal) => {
  loads.zod++;
  return importOriginal();
});
vi.mock('../../../renderer/data/searchWorkerSchemas', async (importOriginal) => {
  loads.schemas++;
  return importOriginal();
});

let name = '';

/** A plain journal at `name` as the app stores it (only the stores a build reads). */
async function seed(people: unknown[], entries: unknown[]): Promise<void> {
  const raw = new Dexie(name);
  raw.version(1).stores({ people: 'id', entries: 'id' });
  await raw.open();
  await raw.table('people').bulkPut(people);
  await raw.table('entries').bulkPut(entries);
  raw.close();
}

async function build(worker: SearchWorkerState): Promise<FromSearchWorker> {
  await worker.handle({ id: 1, type: 'build', inPlace: true });
  return worker.handle({ id: 2, type: 'read-build', database: name });
}

const found = async (worker: SearchWorkerState, query: string, tag?: string) =>
  (await worker.handle({ id: 9, type: 'search', query, filters: tag ? { tag } : {}, limit: 10 })).hits!.map((h) => h.id).sort();

beforeEach(() => {
  name = `lean-${crypto.randomUUID()}`;
});
afterEach(async () => {
  await Dexie.delete(name);
});

// In this order: the first test's build must be the first time anything could load zod.
describe('the search worker without zod (issue 12)', () => {
  it('builds a journal whose rows pass the quick checks without loading zod or the schemas', async () => {
    await seed(
      [person({ id: uuid(900), name: 'Orla Finch' })],
      [reflection({ id: uuid(1), title: 'Note on cedar' }), conversation({ id: uuid(2), personId: uuid(900) })],
    );
    const worker = new SearchWorkerState();
    const reply = await build(worker);
    // 1 person, 2 entries: found as usual (the conversation by its person's name).
    expect(reply).toMatchObject({ id: 2, documents: 3 });
    expect(await found(worker, 'cedar')).toEqual([uuid(1)]);
    expect(await found(worker, 'orla')).toEqual([uuid(2), uuid(900)].sort());
    // A save writes the snapshot without zod too.
    expect((await worker.handle({ id: 3, type: 'save' })).text).toContain('sextant-search-index');
    expect(loads).toEqual({ zod: 0, schemas: 0 });
    expect(recordSchemasLoaded()).toBe(false);
  });

  it('loads the schemas for a row the quick checks refuse, and reads every row as the schema gives it', async () => {
    await seed(
      [person({ id: uuid(900), name: ' Orla Finch ' })], // the schema trims the name
      [
        reflection({ id: uuid(1), title: 'Note on cedar' }),
        reflection({ id: uuid(2), title: 'Note on dingo', tags: ['Career'] }), // the schema lower-cases the tag
        reflection({ id: uuid(3), title: 'Note on ember', date: '2026-02-30' }), // the schema refuses it
        reflection({ id: uuid(4), title: 'Note on fjord' }),
      ],
    );
    const worker = new SearchWorkerState();
    const reply = await build(worker);
    expect(loads).toEqual({ zod: 1, schemas: 1 });
    expect(recordSchemasLoaded()).toBe(true);
    // The person (trimmed), and entries 1, 2 and 4: entry 3 is left out, as the schema refuses it.
    expect(reply).toMatchObject({ id: 2, documents: 4 });
    expect(await found(worker, 'dingo', 'career')).toEqual([uuid(2)]);
    expect(await found(worker, 'ember')).toEqual([]);
    expect(await found(worker, 'fjord')).toEqual([uuid(4)]);
    const orla = (await worker.handle({ id: 10, type: 'search', query: 'orla', filters: {}, limit: 10 })).hits!;
    expect(orla.map((h) => h.title)).toEqual(['Orla Finch']);
  });
});
