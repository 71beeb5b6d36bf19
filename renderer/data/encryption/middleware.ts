/**
 * Encryption at rest, in one place under the repositories: a Dexie DBCore middleware that seals
 * every record on write and opens it on read, so repositories, backups and imports work on plain
 * records and never see a key. It sits below Dexie's own middlewares (hooks, observability,
 * cache see plain records) and right above IndexedDB. The cipher is synchronous (@noble/ciphers),
 * so it runs inside transactions without committing them early.
 */
import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTableSchema, Middleware } from 'dexie';
import { isSealed, openRecord, randomNonces, sealRecord } from '../../crypto/records';
import { openingKey, sealingKey } from '../../crypto/session';

/**
 * Tables stored in clear: the keyring and privacy preferences (no secret and nothing a person wrote).
 * Every other table goes through the seal, the device-local ones too: a form draft's text is
 * sealed (its key and time stay in clear, as indexes); tombstones and the reminders-shown log
 * hold only ids, times and a revision number: their indexed fields stay in clear, the rest (and
 * anything added to them later) is sealed.
 */
export const CLEAR_TABLES: ReadonlySet<string> = new Set(['vault']);

/**
 * Indexed fields that hold a person's words: sealed like the rest, so their index is empty while
 * encryption is on and the repositories read without it (see indexesInClear).
 */
export const SEALED_INDEXED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  entries: ['tags'],
  people: ['name', 'company', 'profileUrl'],
};

/** The fields of a table kept in clear: its primary key and index fields (ids, kinds, dates, skill ids), minus the sealed ones. */
export function clearFields(schema: DBCoreTableSchema): Set<string> {
  const out = new Set<string>();
  for (const index of [schema.primaryKey, ...schema.indexes]) {
    const paths =
      index.keyPath === null || index.keyPath === undefined ? [] : Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath];
    for (const p of paths) out.add(p.split('.')[0]!);
  }
  for (const f of SEALED_INDEXED_FIELDS[schema.name] ?? []) out.delete(f);
  return out;
}

function sealingTable(table: DBCoreTable): DBCoreTable {
  const name = table.schema.name;
  const clear = clearFields(table.schema);
  const keyPath = table.schema.primaryKey.keyPath;
  // The record's key, for the message when it cannot be opened (compound for deletions: [table+id]).
  const keyOf = (value: Record<string, unknown>) =>
    Array.isArray(keyPath) ? keyPath.map((p) => value[p]) : typeof keyPath === 'string' ? value[keyPath] : undefined;
  const open = (value: unknown) => (isSealed(value) ? openRecord(openingKey(), name, value, keyOf(value)) : value);
  const openCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let raw: unknown;
    let opened: unknown;
    return Object.create(cursor, {
      value: {
        get() {
          if (cursor.value !== raw) {
            raw = cursor.value;
            opened = open(raw);
          }
          return opened;
        },
      },
    }) as DBCoreCursor;
  };
  return {
    ...table,
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      let key: Uint8Array | null;
      try {
        key = sealingKey();
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      if (!key) return table.mutate(req);
      // One request to the CSPRNG for the whole write's nonces (still a fresh one per record).
      const nonces = randomNonces(req.values.length);
      return table.mutate({
        ...req,
        values: req.values.map((v: Record<string, unknown>, i: number) => sealRecord(key, name, v, clear, nonces[i])),
      });
    },
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((values) => values.map(open)),
    query: (req) => table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) => table.openCursor(req).then((c) => (c && req.values !== false ? openCursor(c) : c)),
  };
}

/** The middleware; registered by SextantDB. */
export const encryptionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SextantEncryption',
  // Below Dexie's own (cacheExistingValues is -1): the closest to IndexedDB.
  level: -10,
  create: (down: DBCore) => ({
    ...down,
    table: (name: string) => (CLEAR_TABLES.has(name) ? down.table(name) : sealingTable(down.table(name))),
  }),
};
