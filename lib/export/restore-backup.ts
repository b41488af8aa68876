// Restoring a backup file, streamed: its lines are read as they arrive, checked, and written a batch
// at a time (lib/store/backup-store.ts), so its size is bounded by the disk, not by memory or by a
// message. All or nothing: a bad line stops the writing (the rest is still read, to name every bad
// line), and then, as after a failed write, what the restore added is taken back.
import type { Db } from '../store/db';
import type { CorpusIndexer } from '../store/corpus-store';
import type { Article } from '../types';
import { beginRestore, commitRestore, rollbackRestore, restoreBatch } from '../store/backup-store';
import { capProblems } from '../corpus/import-limits';
import { readBackupLine, type BackupHeader } from './backup-format';
import type { Line } from './read-lines';

export interface RestoreProgress {
  /** Lines read so far. */
  line: number;
  /** Articles written so far (not yet committed). */
  written: number;
  /** Articles the header announces. */
  expected: number;
}

export interface RestoreOutcome {
  ok: boolean;
  added: number;
  duplicates: number;
  /** Bundled articles deleted again, as the backup had them. */
  deletedBundled: number;
  /** The header, when the first line was one (its settings, if the backup holds them). */
  header: BackupHeader | null;
  /** Why nothing landed: each bad line named (up to 20, then how many more), or the write that failed. */
  problems: string[];
  /** Articles taken back after a failure (written, then rolled back). */
  rolledBack: number;
  /** True when what was written could not be taken back yet (it will be, from the restore's notes). */
  leftToTakeBack: boolean;
}

export interface RestoreOptions {
  /** Names the restore's marker in the store; unique per restore. */
  id: string;
  /** The file's name, for the messages. */
  file: string;
  batchSize?: number;
  onProgress?: (p: RestoreProgress) => void;
}

/**
 * Articles written a transaction. Fewer, larger transactions share the index's per-term writes among
 * more articles; 2,000 articles (about 9 MB of records) is what the options page holds at once.
 * Measured in bench/RESULTS.md (Backup and restore).
 */
export const RESTORE_BATCH = 2000;

/** Why a write failed, said for a person. */
function writeProblem(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError')
    return 'the browser has no room left for the corpus (storage is full): free some space or delete articles, then try again';
  return `the articles could not be written (${(error as Error)?.message ?? String(error)})`;
}

export async function restoreBackup(
  db: Db,
  lines: AsyncIterable<Line>,
  indexer: CorpusIndexer,
  options: RestoreOptions,
): Promise<RestoreOutcome> {
  const batchSize = options.batchSize ?? RESTORE_BATCH;
  const problems: string[] = [];
  let header: BackupHeader | null = null;
  let end: number | null = null;
  let batch: Article[] = [];
  let batches = 0;
  let records = 0;
  let added = 0;
  let duplicates = 0;
  let writeFailed = false;
  let lastLine = 0;
  const outcome = (ok: boolean, rolledBack = 0, deletedBundled = 0, leftToTakeBack = false): RestoreOutcome => ({
    ok,
    added: ok ? added : 0,
    duplicates: ok ? duplicates : 0,
    deletedBundled,
    header,
    problems: capProblems(problems),
    rolledBack,
    leftToTakeBack,
  });
  const flush = async () => {
    if (batch.length === 0 || problems.length > 0) return;
    try {
      const r = await restoreBatch(db, options.id, batches++, batch, indexer);
      added += r.added;
      duplicates += r.duplicates;
    } catch (error) {
      writeFailed = true;
      problems.push(`line ${lastLine}: ${writeProblem(error)}`);
    }
    batch = [];
    options.onProgress?.({ line: lastLine, written: added + duplicates, expected: header?.counts.articles ?? 0 });
  };

  try {
    for await (const { n, text } of lines) {
      lastLine = n;
      if (text === null) {
        problems.push(`line ${n}: the line is too long to be an article record`);
        if (header === null) break;
        continue;
      }
      if (!text.trim()) continue;
      if (end !== null) {
        problems.push(`line ${n}: text after the end of the backup`);
        continue;
      }
      const read = readBackupLine(text, header === null);
      if (read.kind === 'bad') {
        problems.push(`line ${n}: ${read.problem}`);
        // Without its header, a file is not a backup: nothing more to say about its other lines.
        if (header === null) break;
        records++;
        continue;
      }
      if (read.kind === 'header') {
        header = read.header;
        await beginRestore(db, options.id, options.file);
        continue;
      }
      if (read.kind === 'end') {
        end = read.articles;
        if (end !== records && problems.length === 0)
          problems.push(`line ${n}: the backup says it holds ${end} articles, but ${records} were read`);
        continue;
      }
      records++;
      // After a bad line the rest is only checked, to name every bad line; nothing more is written.
      if (problems.length > 0) continue;
      batch.push(read.article);
      if (batch.length >= batchSize) await flush();
      if (writeFailed) break;
    }
  } catch (error) {
    // The options page decodes the file as strict UTF-8: another encoding stops the stream here.
    const encoding = error instanceof TypeError && /encod|decod/i.test(error.message);
    // (Decoding fails a whole chunk of the file at once: the bad byte is on this line or a later one.)
    const why = (error as Error)?.message ?? String(error);
    problems.push(
      encoding
        ? `from line ${lastLine + 1} on: the file is not UTF-8 text (a backup is always written as UTF-8: is it the file you saved?)`
        : `line ${lastLine + 1}: the file could not be read (${why})`,
    );
  }
  if (header === null && problems.length === 0) problems.push('line 1: the file is empty');
  if (header !== null && end === null && problems.length === 0)
    problems.push(`line ${lastLine}: the backup ends early (its last line is missing): the file was cut short`);
  await flush();

  if (problems.length === 0 && header !== null) {
    try {
      await commitRestore(db, options.id, header.deletedBundled, indexer);
      return outcome(true, 0, header.deletedBundled.length);
    } catch (error) {
      problems.push(`at the end: ${writeProblem(error)}`);
    }
  }
  if (header === null) return outcome(false);
  try {
    return outcome(false, await rollbackRestore(db, options.id, indexer));
  } catch (error) {
    // The marker stays: what was written is taken back the next time the corpus is managed.
    problems.push(
      `the articles written so far could not be taken back yet (${(error as Error)?.message ?? String(error)}): they will be when the options page next opens`,
    );
    return outcome(false, 0, 0, true);
  }
}
