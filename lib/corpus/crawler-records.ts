// The JSON records news crawlers write, mapped onto Reading Context's own article record
// ({title, text, outlet, author, published, url, language}) so the import reads them as it reads
// its own exports:
//   news-please: title, maintext, date_publish ("2017-02-17 18:29:47"), authors [..], source_domain, url, language
//   trafilatura (JSON output): title, text, date ("2021-03-04"), author ("A; B"), sitename or hostname, url or source
import { isoDate } from '../text/parse-date';

type Rec = Record<string, unknown>;

export type RecordKind = 'reading-context' | 'news-please' | 'trafilatura' | 'unknown';

const has = (r: Rec, key: string) => r[key] !== undefined && r[key] !== null;

/** Which writer a record comes from, by its fields. */
export function recordKind(r: Rec): RecordKind {
  if (has(r, 'maintext') || (has(r, 'date_publish') && has(r, 'source_domain'))) return 'news-please';
  if (
    has(r, 'text') &&
    (has(r, 'sitename') ||
      has(r, 'hostname') ||
      has(r, 'raw_text') ||
      has(r, 'fingerprint') ||
      has(r, 'excerpt') ||
      (has(r, 'date') && !has(r, 'published')))
  )
    return 'trafilatura';
  if (has(r, 'title') || has(r, 'text') || has(r, 'paragraphs')) return 'reading-context';
  return 'unknown';
}

/** A crawler's date as the import's reader takes it: "2017-02-17 18:29:47" → "2017-02-17T18:29:47Z". */
function crawlerDate(v: unknown): unknown {
  if (typeof v !== 'string' || !v.trim()) return v ?? null;
  return isoDate(v) ?? v;
}

const firstString = (...values: unknown[]) =>
  values.find((v) => typeof v === 'string' && v.trim()) as string | undefined;

/**
 * The record in Reading Context's own shape. A record of another kind is returned as it is; one
 * of no known kind gets a message naming the fields that were not understood.
 */
export function normalizeRecord(raw: unknown): { record: unknown; problem: string | null } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { record: raw, problem: null };
  const r = raw as Rec;
  const kind = recordKind(r);
  if (kind === 'news-please') {
    const authors = Array.isArray(r.authors)
      ? r.authors.filter((a): a is string => typeof a === 'string' && a.trim() !== '')
      : [];
    return {
      record: {
        title: r.title ?? firstString(r.title_page, r.title_rss),
        text: r.maintext ?? firstString(r.description),
        outlet: r.source_domain ?? null,
        author: authors.length > 0 ? authors.join(', ') : null,
        published: crawlerDate(r.date_publish),
        url: r.url ?? null,
        language: r.language ?? null,
      },
      problem: null,
    };
  }
  if (kind === 'trafilatura') {
    const author =
      typeof r.author === 'string'
        ? r.author
            .split(/\s*;\s*/)
            .filter(Boolean)
            .join(', ')
        : r.author;
    return {
      record: {
        title: r.title,
        text: r.text,
        outlet: firstString(r.sitename, r.hostname) ?? null,
        author: author ?? null,
        published: crawlerDate(r.date),
        url: firstString(r.url, r.source) ?? null,
        language: r.language ?? null,
      },
      problem: null,
    };
  }
  if (kind === 'unknown') {
    const fields = Object.keys(r)
      .slice(0, 8)
      .map((k) => JSON.stringify(k))
      .join(', ');
    return {
      record: r,
      problem: `not an article record that is understood (its fields: ${fields || 'none'}): expected "title" and "text" (Reading Context), "title" and "maintext" (news-please) or "title", "text" and "sitename" (trafilatura)`,
    };
  }
  return { record: r, problem: null };
}
