// Backup and restore in IndexedDB, at any size. Export reads the articles a page of records at a time
// (a short read-only transaction each, so nothing waits on the file being written). Restore writes a
// batch a transaction, each batch noting in `meta` the ids it added under the restore's marker; the
// last step commits (the bundled deletions applied, the marker removed) in one transaction. A restore
// that fails, or was cut off, is rolled back from those notes: its articles go, nothing else does.
import type { Article } from '../types';
import type { Db } from './db';
import { CORPUS_STORES, DELETED_KEY, type CorpusIndexer } from './corpus-store';
import type { WriteTx } from './transactions';
import { AUTOMATIC_BYTES_KEY, AUTOMATIC_COUNT_KEY } from './keep-store';
import { isAutomatic } from '../corpus/keep-policy';

/** What the header of a backup says about the store: counts and the bundled articles deleted. */
export async function backupState(db: Db): Promise<{
  counts: { articles: number; bundled: number; user: number; feed: number };
  deletedBundled: string[];
  corpusVersion: string | null;
}> {
  const tx = db.transaction(['articles', 'meta']);
  const byOrigin = tx.objectStore('articles').index('byOrigin');
  const [articles, bundled, user, feed, deleted, version] = await Promise.all([
    tx.objectStore('articles').count(),
    byOrigin.count('bundled'),
    byOrigin.count('user'),
    byOrigin.count('feed'),
    tx.objectStore('meta').get(DELETED_KEY),
    tx.objectStore('meta').get('corpusVersion'),
  ]);
  return {
    counts: { articles, bundled, user, feed },
    deletedBundled: (deleted?.value as string[] | undefined) ?? [],
    corpusVersion: (version?.value as string | undefined) ?? null,
  };
}

/** Every article, in id order, `size` records at a time: memory holds one page, whatever the corpus. */
export async function* articlePages(db: Db, size = 500): AsyncGenerator<Article[]> {
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const page: Article[] = await db.getAll('articles', range, size);
    if (page.length === 0) return;
    yield page;
    if (page.length < size) return;
    after = page[page.length - 1].id;
  }
}

const MARK = 'restore:';
const batchKey = (restore: string, n: number) => noteKey(MARK, restore, n);

// A run of batches, each its own transaction (a restore, a large import), is marked in `meta` under
// `<kind><run>` until it commits, and each batch notes what it wrote under `<kind><run>:<batch>`: a
// run that failed or was cut off is taken back from its notes, latest first.

/** The key of one batch's note of a run. */
export function noteKey(kind: string, run: string, n: number | string): string {
  return `${kind}${run}:${typeof n === 'number' ? String(n).padStart(8, '0') : n}`;
}

/** Every note of a run (its marker excluded). */
export function notesRange(kind: string, run: string): IDBKeyRange {
  return IDBKeyRange.bound(`${kind}${run}:`, `${kind}${run}:\uffff`);
}

/** The runs of this kind begun and neither committed nor taken back, with their markers' values. */
export async function pendingRuns<T>(db: Db, kind: string): Promise<Array<{ id: string } & T>> {
  const marks = await db.getAll('meta', IDBKeyRange.bound(kind, `${kind}\uffff`));
  return marks
    .filter((m) => !m.key.slice(kind.length).includes(':'))
    .map((m) => ({ id: m.key.slice(kind.length), ...(m.value as T) }));
}

/** The marker of a restore under way, and each batch's note of the ids it added. */
interface RestoreMark {
  key: string;
  value: { startedAt: number; file: string };
}

/** Starts a restore: its marker says, until the commit, that what it writes may still be taken back. */
export async function beginRestore(db: Db, restore: string, file: string): Promise<void> {
  await db.put('meta', { key: `${MARK}${restore}`, value: { startedAt: Date.now(), file } } satisfies RestoreMark);
}

async function addAutomaticBytes(tx: WriteTx, delta: number): Promise<void> {
  if (delta === 0) return;
  const meta = tx.objectStore('meta');
  const bytes = ((await meta.get(AUTOMATIC_BYTES_KEY))?.value as number | undefined) ?? 0;
  await meta.put({ key: AUTOMATIC_BYTES_KEY, value: Math.max(0, bytes + delta) });
  // Automatic articles came or went: the next keep counts them again.
  await meta.delete(AUTOMATIC_COUNT_KEY);
}

/**
 * Writes one batch of records as they were exported (origin, dates and all), with their index entries
 * and the note of what it added, in one transaction. A record whose id is already there is left as it
 * is (a duplicate). Throws the transaction's error (storage full) when it fails; then nothing of the
 * batch landed.
 */
export async function restoreBatch(
  db: Db,
  restore: string,
  n: number,
  records: Article[],
  indexer: CorpusIndexer,
): Promise<{ added: number; duplicates: number }> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  tx.done.catch(() => undefined);
  try {
    const store = tx.objectStore('articles');
    const existing = await Promise.all(records.map((r) => store.getKey(r.id)));
    const seen = new Set<string>();
    const added = records.filter((r, i) => {
      if (existing[i] !== undefined || seen.has(r.id)) return false;
      seen.add(r.id);
      return true;
    });
    const stored = Promise.all(added.map((r) => store.add(r)));
    stored.catch(() => undefined);
    await indexer.add(tx, added);
    await stored;
    await addAutomaticBytes(
      tx,
      added.reduce((sum, r) => sum + (isAutomatic(r) ? (r.size ?? 0) : 0), 0),
    );
    await tx.objectStore('meta').put({ key: batchKey(restore, n), value: added.map((r) => r.id) });
    await tx.done;
    return { added: added.length, duplicates: records.length - added.length };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted: nothing of the batch was committed either way
    }
    throw tx.error ?? error;
  }
}

/**
 * The last step: the bundled articles the backup says were deleted are deleted (and stay so across
 * updates), and the marker goes. One transaction: after it, the restore has landed whole.
 */
export async function commitRestore(
  db: Db,
  restore: string,
  deletedBundled: string[],
  indexer: CorpusIndexer,
): Promise<void> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  const articles = tx.objectStore('articles');
  const meta = tx.objectStore('meta');
  const found = await Promise.all(deletedBundled.map((id) => articles.get(id)));
  const gone = deletedBundled.filter((_, i) => found[i]?.origin === 'bundled');
  await Promise.all(gone.map((id) => articles.delete(id)));
  await indexer.remove(tx, gone);
  if (deletedBundled.length > 0) {
    const before = ((await meta.get(DELETED_KEY))?.value as string[] | undefined) ?? [];
    await meta.put({ key: DELETED_KEY, value: [...new Set([...before, ...deletedBundled])] });
  }
  await meta.delete(IDBKeyRange.bound(`${MARK}${restore}`, `${MARK}${restore}:\uffff`));
  await tx.done;
}

/** Restores begun and neither committed nor rolled back (the page closed, the browser stopped). */
export function pendingRestores(db: Db): Promise<Array<{ id: string; file: string; startedAt: number }>> {
  return pendingRuns<RestoreMark['value']>(db, MARK);
}

/**
 * Takes back what a restore added, a batch at a time, latest first; each batch's note goes with its
 * articles, so a rollback cut off in turn resumes where it stopped. Returns how many articles went.
 */
export async function rollbackRestore(db: Db, restore: string, indexer: CorpusIndexer): Promise<number> {
  const keys = (await db.getAllKeys('meta', notesRange(MARK, restore))).reverse();
  let removed = 0;
  for (const key of keys) {
    const tx = db.transaction([...CORPUS_STORES], 'readwrite');
    const articles = tx.objectStore('articles');
    const ids = ((await tx.objectStore('meta').get(key))?.value as string[] | undefined) ?? [];
    const found = await Promise.all(ids.map((id) => articles.get(id)));
    const present = ids.filter((_, i) => found[i] !== undefined);
    await Promise.all(present.map((id) => articles.delete(id)));
    await indexer.remove(tx, present);
    await addAutomaticBytes(tx, -found.reduce((sum, r) => sum + (r && isAutomatic(r) ? (r.size ?? 0) : 0), 0));
    await tx.objectStore('meta').delete(key);
    await tx.done;
    removed += present.length;
  }
  await db.delete('meta', `${MARK}${restore}`);
  return removed;
}
