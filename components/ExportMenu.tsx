import { useState } from 'preact/hooks';
import type { Article } from '../lib/types';
import { articlePages } from '../lib/store/backup-store';
import { csvLines, figureRows, FIGURE_CSV_COLUMNS } from '../lib/export/figures-csv';
import { toCslItem } from '../lib/export/csl-json';
import { errorText } from './use-request';
import { SaveCancelled, saveFromCorpus } from './backup-io';

type Format = 'csl' | 'csv';

interface ExportFormat {
  label: string;
  file: { name: string; type: string; description: string };
  start: string;
  /** A page of articles as text; `first` when nothing was written before it. */
  page: (articles: Article[], first: boolean) => string;
  end: string;
  count: (articles: number, figures: number) => string;
}

const FORMATS: Record<Format, ExportFormat> = {
  csl: {
    label: 'Citations as CSL-JSON',
    file: {
      name: 'corpus.csl.json',
      type: 'application/vnd.citationstyles.csl+json',
      description: 'CSL-JSON citations',
    },
    start: '[\n',
    page: (articles, first) =>
      (first ? '' : ',\n') + articles.map((a) => JSON.stringify(toCslItem(a), null, 2)).join(',\n'),
    end: '\n]\n',
    count: (articles) => `${articles} citations`,
  },
  csv: {
    label: 'Figures as CSV',
    file: { name: 'figures.csv', type: 'text/csv', description: 'Figures as CSV' },
    start: csvLines([FIGURE_CSV_COLUMNS]),
    page: (articles) => csvLines(figureRows(articles)),
    end: '',
    count: (_, figures) => `${figures} figures`,
  },
};

/**
 * Exports of the corpus for other tools: CSL-JSON (reference managers), figures as CSV (spreadsheets),
 * written by this page from the database a page of records at a time. The backup is under Your corpus.
 */
export function ExportMenu() {
  const [busy, setBusy] = useState<Format | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = async (format: Format) => {
    setBusy(format);
    const f = FORMATS[format];
    try {
      const { articles, figures } = await saveFromCorpus(f.file, async (db, sink) => {
        let articles = 0;
        let figures = 0;
        await sink.write(f.start);
        for await (const page of articlePages(db)) {
          await sink.write(f.page(page, articles === 0));
          articles += page.length;
          figures += page.reduce((n, a) => n + a.figures.length, 0);
        }
        await sink.write(f.end);
        return { articles, figures };
      });
      setNote(`Exported ${f.count(articles, figures)}.`);
    } catch (e) {
      setNote(e instanceof SaveCancelled ? null : `Couldn’t export: ${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="corpus-actions">
      {(Object.keys(FORMATS) as Format[]).map((format) => (
        <button key={format} type="button" class="button" disabled={busy !== null} onClick={() => void run(format)}>
          {busy === format ? 'Exporting…' : FORMATS[format].label}
        </button>
      ))}
      <p class="hint">
        To move or keep your articles, back up the corpus (under Your corpus). CSL-JSON opens in reference managers such
        as Zotero; the CSV has a row a figure (quantity, value, bounds, qualifier, what it counts, event, source,
        outlet, date, address).
      </p>
      <p class="save-note" role="status">
        {note}
      </p>
    </div>
  );
}
