import { useEffect, useId, useState } from 'preact/hooks';
import type { ImportReport } from '../lib/types';
import { useConnector } from './connector-context';
import { ImportReportView } from './ImportReportView';
import { errorText } from './use-request';
import { importSizeProblem } from '../lib/corpus/import-limits';
import { Icon } from './Icon';
import { fileToImport } from './read-html-file';

type Progress = { done: number; total: number; file: string };

const ACCEPT = '.txt,.json,.jsonl,.html,.htm,.xml,.rss,.atom,.rdf';

/** Imports article files (chosen or dropped): reads them here as text, sends them, shows progress and each file's result. */
export function ImportPanel() {
  const connector = useConnector();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();

  useEffect(
    () =>
      connector.onBroadcast((b) => {
        if (b.type === 'import-progress') setProgress({ done: b.done, total: b.total, file: b.file });
      }),
    [connector],
  );

  const importFiles = async (list: FileList | File[] | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0 || busy) return;
    setReport(null);
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
          trafilatura write them), saved pages (.html) or feed files (RSS, Atom, JSON Feed).
          Files are read on this device. An import lands whole or not at all.
        </p>
      </div>
      {progress && (
        <div class="import-progress">
          <label>
            <span>
              Importing {Math.min(progress.done + 1, progress.total)} of {progress.total}
              {progress.file && `: ${progress.file}`}
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
    </div>
  );
}
