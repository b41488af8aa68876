// A whole IndexedDB database as JSON, schema and records, and back: the stored fixtures of older
// schema versions (tests/fixtures/db/) that the migration tests open with the current code.
// Written against the raw IndexedDB API, not lib/store/db.ts, so a fixture does not change when
// the current upgrade code does.

export interface IndexSnapshot {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreSnapshot {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexSnapshot[];
  records: unknown[];
}

export interface DbSnapshot {
  $comment?: string;
  name: string;
  version: number;
  stores: StoreSnapshot[];
}

const TYPED = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;

/** Typed arrays (the index's postings and sketches) as `{ $typed, values }`; everything else as is. */
export function encodeValue(value: unknown): unknown {
  if (ArrayBuffer.isView(value))
    return { $typed: value.constructor.name, values: Array.from(value as unknown as ArrayLike<number>) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v)]));
  return value;
}

export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === 'object') {
    const typed = (value as { $typed?: string }).$typed;
    if (typed && typed in TYPED) return TYPED[typed as TypedName].from((value as { values: number[] }).values);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeValue(v)]));
  }
  return value;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((ok, fail) => {
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });

/** The schema of an open database, stores and indexes sorted by name. */
export function schemaOf(db: IDBDatabase): Array<Omit<StoreSnapshot, 'records'>> {
  const names = [...db.objectStoreNames].sort();
  if (names.length === 0) return [];
  const tx = db.transaction(names, 'readonly');
  return names.map((name) => {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].sort().map((i) => {
      const index = store.index(i);
      return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
}

/** Every store's schema and records. */
export async function dumpDb(db: IDBDatabase): Promise<DbSnapshot> {
  const stores: StoreSnapshot[] = [];
  for (const schema of schemaOf(db)) {
    const records = await done(db.transaction(schema.name).objectStore(schema.name).getAll());
    stores.push({ ...schema, records: records.map(encodeValue) });
  }
  return { name: db.name, version: db.version, stores };
}

/** Builds the database of a snapshot on `factory`, at the snapshot's version, under `name`. */
export async function restoreDb(factory: IDBFactory, snapshot: DbSnapshot, name = snapshot.name): Promise<void> {
  const request = factory.open(name, snapshot.version);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const s of snapshot.stores) {
      const store = db.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  };
  const db = await done(request);
  const tx = db.transaction(
    snapshot.stores.map((s) => s.name),
    'readwrite',
  );
  for (const s of snapshot.stores) for (const record of s.records) tx.objectStore(s.name).put(decodeValue(record));
  await new Promise<void>((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onabort = tx.onerror = () => fail(tx.error);
  });
  db.close();
}
