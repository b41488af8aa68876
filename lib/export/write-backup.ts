// Writing a backup: the header, then the articles a page of records at a time, each page handed to the
// sink as one chunk of JSON Lines, then the end line with the exact count. Memory holds one page.
import type { Db } from '../store/db';
import { articlePages, backupState } from '../store/backup-store';
import { articleLine, BACKUP_FORMAT, BACKUP_VERSION, endLine, headerLine } from './backup-format';

/** Where the file goes: a file on disk (File System Access) or the parts of a Blob. */
export interface BackupSink {
  write(chunk: string): Promise<void>;
}

export interface WriteBackupOptions {
  /** The settings, when the user asked for them to be included. */
  settings?: unknown;
  pageSize?: number;
  now?: Date;
  onProgress?: (written: number, total: number) => void;
}

/** Writes the whole corpus to `sink`; returns how many articles it holds. */
export async function writeBackup(
  db: Db,
  sink: BackupSink,
  options: WriteBackupOptions = {},
): Promise<{ articles: number }> {
  const state = await backupState(db);
  await sink.write(
    headerLine({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: (options.now ?? new Date()).toISOString(),
      ...state,
      ...(options.settings !== undefined ? { settings: options.settings } : {}),
    }),
  );
  let written = 0;
  for await (const page of articlePages(db, options.pageSize)) {
    await sink.write(page.map(articleLine).join(''));
    written += page.length;
    options.onProgress?.(written, Math.max(written, state.counts.articles));
  }
  await sink.write(endLine(written));
  return { articles: written };
}
