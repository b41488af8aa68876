import { useEffect, useId, useState } from 'preact/hooks';
import type { ImportReport } from '../lib/types';
import { useConnector } from './connector-context';
import { ImportReportView } from './ImportReportView';
import { errorText } from './use-request';
import { importSizeProblem } from '../lib/corpus/import-limits';
import { Icon } from './Icon';
import { fileToImport } from './read-html-file';
import { isBackupFile, restoreBackupFile, takeBackInterruptedRestores } from './backup-io';
import { RestoreReportView, type RestoreReportViewProps } from './RestoreReportView';
import { migrateSettings } from '../lib/settings';

type Progress = { done: number; total: number; file: string; line?: number };

const ACCEPT = '.txt,.json,.jsonl,.html,.htm,.xml,.rss,.atom,.rdf';

export type ImportPanelProps = {
  /** Called when a restore changed the corpus (this page hears no broadcast of its own). */
  onChanged?: () => void;
};

/**
 * Imports article files (chosen or dropped): reads them here as text, sends them, shows progress and
 * each file's result. A backup is restored by this page itself, streamed, whatever its size.
 */
export function ImportPanel({ onChanged }: ImportPanelProps = {}) {
  const connector = useConnector();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoreReportViewProps | null>(null);
  const inputId = useId();
  const hintId = useId();

  useEffect(
    () =>
      connector.onBroadcast((b) => {
        if (b.type === 'import-progress') setProgress({ done: b.done, total: b.total, file: b.file });
      }),
    [connector],
  );

  useEffect(() => {
    // A restore cut off (its page closed before the end) is taken back when the corpus is next managed.
    takeBackInterruptedRestores().then(
      (n) => n > 0 && onChanged?.(),
      () => undefined,
    );
  }, []);

  const restoreBackup = async (file: File) => {
    setBusy(true);
    setProgress({ done: 0, total: 1, file: file.name, line: 0 });
    try {
      const outcome = await restoreBackupFile(file, (p) =>
        setProgress({ done: p.written, total: Math.max(p.written, p.expected, 1), file: file.name, line: p.line }),
      );
      const settings = outcome.ok && outcome.header?.settings !== undefined;
      if (settings) await connector.saveSettings(migrateSettings(outcome.header!.settings));
      setRestored({ file: file.name, outcome: { ...outcome, settingsRestored: settings } });
      if (outcome.ok || outcome.interrupted > 0) onChanged?.();
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const importFiles = async (list: FileList | File[] | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0 || busy) return;
    setReport(null);
    setRestored(null);
    const backups = await Promise.all(files.map(isBackupFile));
    const backup = files.find((_, i) => backups[i]);
    if (backup) {
      setFailure(
        files.length > 1 ? `${backup.name} is a backup: restore it on its own, then import the other files.` : null,
      );
      if (files.length === 1) await restoreBackup(backup);
      return;
    }
    const tooLarge = importSizeProblem(files);
    setFailure(tooLarge);
    if (tooLarge) return;
    setBusy(true);
    setProgress({ done: 0, total: files.length, file: files[0].name });
    try {
      const texts = await Promise.all(files.map(async (f) => fileToImport(f.name, await f.text())));
      setReport(await connector.send('import-files', { files: texts }));
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <div class="import-panel">
      <div
        class={`dropzone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles(e.dataTransfer?.files ?? null);
        }}
      >
        <p class="dropzone-title">Drop article files here, or</p>
        <input
          id={inputId}
          class="visually-hidden file-input"
          type="file"
          multiple
          accept={ACCEPT}
          aria-describedby={hintId}
          disabled={busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            void importFiles(input.files).then(() => (input.value = ''));
          }}
        />
        <label for={inputId} class="button button-primary file-button">
          Choose files…
        </label>
        <p id={hintId} class="hint">
          Plain text (.txt, laid out like the bundled seeds), article records (.json or .jsonl, also as news-please and
          trafilatura write them), saved pages (.html) or feed files (RSS, Atom, JSON Feed). A backup made under Export
          and restore is restored whatever its size. Files are read on this device. An import lands whole or not at all.
        </p>
      </div>
      {progress && (
        <div class="import-progress">
          <label>
            <span>
              {progress.line !== undefined
                ? `Restoring ${progress.file}: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} articles written (line ${progress.line.toLocaleString('en')})`
                : `Importing ${Math.min(progress.done + 1, progress.total)} of ${progress.total}${progress.file ? `: ${progress.file}` : ''}`}
            </span>
            <progress max={progress.total} value={progress.done} />
          </label>
        </div>
      )}
      {failure && (
        <p class="callout callout-warn" role="alert">
          <span class="callout-icon">
            <Icon name="warning" />
          </span>
          <span>
            <strong>Nothing was imported; your corpus is unchanged.</strong> {failure}
          </span>
        </p>
      )}
      {report && <ImportReportView report={report} />}
      {restored && <RestoreReportView {...restored} />}
    </div>
  );
}
