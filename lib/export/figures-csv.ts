// The corpus's figures as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold
// a comma, a quote or a line break, quotes doubled), one row a figure, for spreadsheets and scripts.
import type { Article } from '../types';
import { labelOf, quantityParts } from '../figures/quantity-key';

export const FIGURE_CSV_COLUMNS = [
  'quantity',
  'value',
  'lower',
  'upper',
  'qualifier',
  'counted noun',
  'event',
  'source',
  'outlet',
  'date',
  'address',
] as const;

/** One figure row's fields, in column order; a missing value is an empty field. */
export function figureRows(articles: Article[]): string[][] {
  const rows: string[][] = [];
  for (const a of articles) {
    for (const f of a.figures) {
      const parts = quantityParts(f);
      rows.push([
        parts ? labelOf(parts) : '',
        String(f.value),
        f.lower === null ? '' : String(f.lower),
        f.upper === null ? '' : String(f.upper),
        f.qualifier ?? '',
        f.counts ?? '',
        f.event ?? '',
        f.source,
        a.outlet?.name ?? '',
        a.published?.iso ?? '',
        a.url ?? '',
      ]);
    }
  }
  return rows;
}

function csvField(value: string): string {
  // A leading = + - @ would make a spreadsheet read the field as a formula: such text fields are
  // quoted (numbers like -3 stay as they are, being numbers).
  return /[",\r\n]/.test(value) || /^[=+@\t]/.test(value) || (/^-/.test(value) && Number.isNaN(Number(value)))
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** Rows as CSV lines, each ended by CRLF: written a page of articles at a time by the export. */
export function csvLines(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

export function toCsv(header: readonly string[], rows: string[][]): string {
  return csvLines([header, ...rows]);
}

export function figuresCsv(articles: Article[]): string {
  return toCsv(FIGURE_CSV_COLUMNS, figureRows(articles));
}
