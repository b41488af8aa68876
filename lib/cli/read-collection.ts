// `reading-context read` on a file that holds many articles: a feed (RSS, Atom, JSON Feed), the
// JSON or JSON Lines records of news crawlers (news-please, trafilatura) or Reading Context's own
// export; and on an OPML list, whose feeds it lists. Read by the same parser as the extension's import.
import { extname } from 'node:path';
import type { Article } from '../types';
import { parseImport } from '../corpus/import-files';
import { isFeedFileName } from '../feeds/feed-import';
import { looksLikeOpml, parseOpml, type OpmlList } from '../feeds/opml';
import { loadOutlets } from '../sources/outlets';
import type { OutletProfile } from '../types';

/** A collection's items, with what was read around (records whose date cannot be read), each naming its file. */
export type Collection = ({ kind: 'articles'; articles: Article[] } | { kind: 'feeds'; list: OpmlList }) & {
  warnings: string[];
};

/** Whether a file is read as a collection rather than as one page or text. */
export function isCollectionFile(file: string): boolean {
  return isFeedFileName(file) || ['.json', '.jsonl', '.ndjson'].includes(extname(file).toLowerCase());
}

/** The articles (or, for OPML, the feeds) of a collection file; throws with the import's message. */
export function readCollection(file: string, text: string, outlets: unknown): Collection {
  if (looksLikeOpml(text)) return { kind: 'feeds', list: parseOpml(text), warnings: [] };
  const profiles: OutletProfile[] = loadOutlets(outlets);
  const parsed = parseImport([{ name: file, text }], profiles, null);
  const report = parsed.reports[0];
  if (!parsed.ok) {
    const strip = (m: string) => m.replace(`${file}: `, '').replace(`${file}, `, '');
    // Several bad lines or records: each on its own line under the count (up to 20, then how many more).
    const lines = [
      strip(report.message ?? 'could not be read'),
      ...(report.problems ?? []).map((p) => `  ${strip(p)}`),
    ];
    throw new Error(lines.join('\n'));
  }
  return { kind: 'articles', articles: parsed.articles, warnings: report.warnings ?? [] };
}

/** The collection as the `read` command prints it: JSON, or one block per article or feed. */
export function formatCollection(file: string, collection: Collection, json: boolean): string {
  if (collection.kind === 'feeds') {
    const { list } = collection;
    if (json) return JSON.stringify({ file, feeds: list.feeds, skipped: list.skipped });
    return [
      `${file}: an OPML list of ${list.feeds.length} feed(s)${list.title ? `, “${list.title}”` : ''}${list.skipped ? ` (${list.skipped} without an http(s) address left out)` : ''}`,
      ...list.feeds.map((f) => `  ${f.title ?? 'untitled'} — ${f.url}${f.site ? ` (site ${f.site})` : ''}`),
    ].join('\n');
  }
  const rows = collection.articles.map((a) => ({
    title: a.title,
    url: a.url,
    outlet: a.outlet?.name ?? null,
    author: a.author,
    published: a.published?.iso ?? null,
    partial: a.partial === true,
    text: a.paragraphs.join('\n\n'),
  }));
  if (json) return rows.map((r) => JSON.stringify({ file, ...r })).join('\n');
  return [
    `${file}: ${rows.length} article(s)`,
    ...rows.map((r, i) =>
      [
        '',
        `#${i + 1}  ${r.title}${r.partial ? '  (partial: a summary only)' : ''}`,
        `  outlet: ${r.outlet ?? 'unknown'}`,
        `  author: ${r.author ?? 'unknown'}`,
        `  published: ${r.published ?? 'date unknown'}`,
        `  url: ${r.url ?? 'none'}`,
        '',
        r.text,
      ].join('\n'),
    ),
    '',
  ].join('\n');
}
