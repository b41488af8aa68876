// A structural check of CSL-JSON items against the CSL-data 1.0.2 schema's variables: each key one of
// its variables, each value of its kind (string, name list, date with date-parts). Shared by the unit
// and end-to-end tests of the export.
import type { CslItem } from '../lib/export/csl-json';

/** Every CSL-JSON variable (CSL 1.0.2 csl-data.json), by the kind of value it takes. */
const CSL_TYPES = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'dataset',
  'document',
  'entry',
  'post',
  'post-weblog',
  'report',
  'webpage',
]);
const CSL_STRINGS = new Set([
  'id',
  'type',
  'title',
  'container-title',
  'publisher',
  'publisher-place',
  'URL',
  'language',
  'section',
  'number',
  'note',
  'abstract',
  'DOI',
  'source',
  'medium',
  'genre',
  'event-place',
  'archive',
]);
const CSL_NAMES = new Set(['author', 'editor', 'translator', 'container-author', 'reviewed-author']);
const CSL_DATES = new Set(['issued', 'accessed', 'submitted', 'event-date', 'original-date']);

export function cslProblems(item: CslItem): string[] {
  const out: string[] = [];
  if (typeof item.id !== 'string' || !item.id) out.push('id');
  if (!CSL_TYPES.has(item.type)) out.push(`type ${item.type}`);
  for (const [key, value] of Object.entries(item)) {
    if (CSL_STRINGS.has(key)) {
      if (typeof value !== 'string') out.push(`${key} is not a string`);
    } else if (CSL_NAMES.has(key)) {
      if (
        !Array.isArray(value) ||
        !value.every(
          (n) =>
            n &&
            typeof n === 'object' &&
            Object.keys(n).length > 0 &&
            Object.entries(n).every(([k, v]) => ['family', 'given', 'literal'].includes(k) && typeof v === 'string'),
        )
      )
        out.push(`${key} is not a name list`);
    } else if (CSL_DATES.has(key)) {
      const parts = (value as { 'date-parts'?: unknown })['date-parts'];
      const ok =
        Array.isArray(parts) &&
        parts.length >= 1 &&
        parts.length <= 2 &&
        parts.every((p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every((n) => Number.isInteger(n)));
      if (!ok || Object.keys(value as object).some((k) => k !== 'date-parts')) out.push(`${key} is not a date`);
    } else out.push(`${key} is not a CSL variable`);
  }
  return out;
}
