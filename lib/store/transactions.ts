// The transaction types the corpus and its index run in. One read-write type serves the corpus
// store (articles with their index entries, in one transaction) and the index's own writes, so
// the index code takes either without a cast. Naming the stores as an array (not `ArrayLike`) is
// what lets a transaction over fewer stores stand for it.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { ReadingContextDB } from './db';

type Stores = Array<StoreNames<ReadingContextDB>>;
/** A read-write transaction; the code that runs in it uses only stores its opener included. */
export type WriteTx = IDBPTransaction<ReadingContextDB, Stores, 'readwrite'>;
/** A transaction of either mode (a match reads; an import reads what it is about to update). */
export type ReadTx = IDBPTransaction<ReadingContextDB, Stores, 'readonly' | 'readwrite'>;
