// A full disk, on fake-indexeddb: every write request (put, add, delete) of a read-write transaction
// is counted, and the chosen one makes the browser abort its transaction with QuotaExceededError
// when it is carried out, as Chromium does when the disk is full: the requests still pending then
// fail with a bare AbortError and only the transaction's error says why. Nothing of it lands.
import { IDBObjectStore } from 'fake-indexeddb';

export interface Write {
  store: string;
  op: 'put' | 'add' | 'delete';
}

export interface QuotaFaults {
  /** Every write request issued since the faults were installed (or last cleared). */
  writes: Write[];
  /** Makes the write at this 0-based position (counted from now) fail, with this error; null: none fails. */
  failAt(position: number | null, error?: string): void;
  /**
   * Every new article (a put or add on the articles store) fails, as on a disk that stays full;
   * deleting, which only shrinks the records it rewrites, still works.
   */
  failAll(): void;
  restore(): void;
}

type Method = (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;

export function installQuotaFaults(): QuotaFaults {
  const proto = IDBObjectStore.prototype as unknown as Record<Write['op'], Method>;
  const originals = { put: proto.put, add: proto.add, delete: proto.delete };
  let failing: number | 'all' | null = null;
  let errorName = 'QuotaExceededError';
  const faults: QuotaFaults = {
    writes: [],
    failAt(position, error = 'QuotaExceededError') {
      faults.writes = [];
      failing = position;
      errorName = error;
    },
    failAll() {
      failing = 'all';
      errorName = 'QuotaExceededError';
    },
    restore() {
      Object.assign(proto, originals);
    },
  };
  for (const op of ['put', 'add', 'delete'] as const) {
    proto[op] = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = originals[op].apply(this, args);
      const n = faults.writes.push({ store: this.name, op }) - 1;
      if ((failing === 'all' && op !== 'delete' && this.name === 'articles') || failing === n) {
        // The browser finds no room as it writes this request: the transaction is aborted with the
        // error a full disk gives, and the requests still pending fail with AbortError.
        const tx = this.transaction as unknown as { _abort(name: string): void };
        const name = errorName;
        request.addEventListener('success', () => tx._abort(name));
      }
      return request;
    };
  }
  return faults;
}
