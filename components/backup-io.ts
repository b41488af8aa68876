// Backup and restore from the page that asks (the options page), straight on the extension's
// IndexedDB (extension pages share the service worker's origin): nothing of the corpus's size crosses
// a runtime message. The file is written through the File System Access API where the browser has it,
// else as a Blob built from one part a page of records; it is read back with File.stream(), a line at
// a time. One restore at a time (a Web Lock), and a restore cut off is taken back before the next.
import { browser } from 'wxt/browser';
import { openCorpusDb, type Db } from '../lib/store/db';
import { corpusIndexer } from '../lib/match/corpus-indexer';
import { pendingRestores, rollbackRestore } from '../lib/store/backup-store';
import { writeBackup, type BackupSink } from '../lib/export/write-backup';
import { restoreBackup, type RestoreOutcome, type RestoreProgress } from '../lib/export/restore-backup';
import { readLines } from '../lib/export/read-lines';
import { isBackupHeaderLine, MAX_BACKUP_LINE } from '../lib/export/backup-format';
import { downloadBlob } from './download-blob';

const LOCK = 'reading-context-restore';

/** The user closed the save dialog: no file, no message. */
export class SaveCancelled extends Error {}

interface SaveFilePicker {
  (options: {
    suggestedName: string;
    types: Array<{ description: string; accept: Record<string, string[]> }>;
  }): Promise<{
    createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
  }>;
}

interface FileTarget {
  sink: BackupSink;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Where the backup goes. Asked first, while the click's user activation holds: the save dialog where
 * the browser has one (the file is written as it goes), else a Blob whose parts the browser may keep
 * on disk, downloaded at the end.
 */
async function fileTarget(name: string, type: string, description: string): Promise<FileTarget> {
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (picker) {
    let handle;
    try {
      handle = await picker({
        suggestedName: name,
        types: [{ description, accept: { [type]: [name.slice(name.indexOf('.'))] } }],
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw new SaveCancelled();
      throw error;
    }
    const writable = await handle.createWritable();
    return {
      sink: { write: (chunk) => writable.write(chunk) },
      finish: () => writable.close(),
      abort: () => writable.abort(),
    };
  }
  const parts: Blob[] = [];
  return {
    sink: { write: async (chunk) => void parts.push(new Blob([chunk])) },
    finish: async () => downloadBlob(name, new Blob(parts, { type })),
    abort: async () => void parts.splice(0),
  };
}

async function withDb<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const db = await openCorpusDb(indexedDB);
  // A newer version of the extension upgrading the database is not held up by this page.
  db.addEventListener('versionchange', () => db.close());
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/** Writes a file made from the corpus by `write`, a page of records at a time; returns what `write` returns. */
export async function saveFromCorpus<T>(
  file: { name: string; type: string; description: string },
  write: (db: Db, sink: BackupSink) => Promise<T>,
): Promise<T> {
  const target = await fileTarget(
    `reading-context-${new Date().toISOString().slice(0, 10)}-${file.name}`,
    file.type,
    file.description,
  );
  try {
    const value = await withDb((db) => write(db, target.sink));
    await target.finish();
    return value;
  } catch (error) {
    await target.abort().catch(() => undefined);
    throw error;
  }
}

/** Writes the whole corpus as a backup file; returns how many articles it holds. */
export async function saveBackup(options: {
  settings?: unknown;
  onProgress?: (written: number, total: number) => void;
}): Promise<number> {
  const file = { name: 'backup.jsonl', type: 'application/x-ndjson', description: 'Reading Context backup' };
  return (await saveFromCorpus(file, (db, sink) => writeBackup(db, sink, options))).articles;
}

/** Whether a chosen file is a backup (its first line is a backup header), read from its first bytes. */
export async function isBackupFile(file: Blob): Promise<boolean> {
  return isBackupHeaderLine(await file.slice(0, 200).text());
}

function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const locks = (navigator as { locks?: LockManager }).locks;
  return locks ? (locks.request(LOCK, run) as Promise<T>) : run();
}

async function takeBackInterrupted(db: Db): Promise<number> {
  let removed = 0;
  for (const pending of await pendingRestores(db)) removed += await rollbackRestore(db, pending.id, corpusIndexer);
  return removed;
}

/**
 * Takes back the restores that were cut off (their page closed before the end), unless one is under
 * way in another page. Returns how many articles went.
 */
export async function takeBackInterruptedRestores(): Promise<number> {
  const locks = (navigator as { locks?: LockManager }).locks;
  if (!locks) return 0;
  return locks.request(LOCK, { ifAvailable: true }, async (lock) => (lock ? withDb(takeBackInterrupted) : 0));
}

/** Restores a backup file, streamed; tells the extension's other pages the corpus changed. */
export async function restoreBackupFile(
  file: File,
  onProgress: (p: RestoreProgress) => void,
): Promise<RestoreOutcome & { interrupted: number }> {
  const outcome = await exclusive(() =>
    withDb(async (db) => {
      const interrupted = await takeBackInterrupted(db);
      const text = file.stream().pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
      const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      return {
        ...(await restoreBackup(db, readLines(text, MAX_BACKUP_LINE), corpusIndexer, {
          id,
          file: file.name,
          onProgress,
        })),
        interrupted,
      };
    }),
  );
  if (outcome.ok || outcome.interrupted > 0)
    await browser.runtime.sendMessage({ type: 'corpus-changed' }).catch(() => undefined);
  return outcome;
}
