import { useState } from 'preact/hooks';
import type { Article } from '../lib/types';
import { figuresCsv } from '../lib/export/figures-csv';
import { toCslJson } from '../lib/export/csl-json';
import { useConnector } from './connector-context';
import { errorText } from './use-request';
import { downloadBlob } from './download-blob';

type Format = 'csl' | 'csv';

const FORMATS: Record<Format, { label: string; file: string; type: string; make: (a: Article[]) => string; count: (a: Article[]) => string }> = {
  csl: { label: 'Citations as CSL-JSON', file: 'corpus.csl.json', type: 'application/vnd.citationstyles.csl+json', make: (a) => JSON.stringify(toCslJson(a), null, 2), count: (a) => `${a.length} citations` },
  csv: { label: 'Figures as CSV', file: 'figures.csv', type: 'text/csv', make: figuresCsv, count: (a) => `${a.reduce((n, x) => n + x.figures.length, 0)} figures` },
};

/** Exports of the corpus for other tools: CSL-JSON (reference managers), figures as CSV (spreadsheets). The backup is under Your corpus. */
export function ExportMenu() {
  const connector = useConnector();
  const [busy, setBusy] = useState<Format | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = (format: Format) => {
    setBusy(format);
    const f = FORMATS[format];
    connector
      .send('export-corpus', {})
      .then((articles) => {
        downloadBlob(`reading-context-${new Date().toISOString().slice(0, 10)}-${f.file}`, new Blob([f.make(articles)], { type: f.type }));
        setNote(`Exported ${f.count(articles)}.`);
      })
      .catch((e: unknown) => setNote(`Couldn’t export: ${errorText(e)}`))
      .finally(() => setBusy(null));
  };
  return (
    <div class="corpus-actions">
      {(Object.keys(FORMATS) as Format[]).map((format) => (
        <button key={format} type="button" class="button" disabled={busy !== null} onClick={() => run(format)}>
          {busy === format ? 'Exporting…' : FORMATS[format].label}
        </button>
      ))}
      <p class="hint">
        To move or keep your articles, back up the corpus (under Your corpus). CSL-JSON opens in reference managers such as Zotero; the CSV has a row a figure (quantity, value, bounds, qualifier,
        what it counts, event, source, outlet, date, address).
      </p>
      <p class="save-note" role="status">
        {note}
      </p>
    </div>
  );
}
