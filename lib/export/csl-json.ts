// The corpus as CSL-JSON, the citation data that reference managers (Zotero, JabRef) and citeproc
// read: one `article-newspaper` item an article. A hand mapping of a dozen fields: @citation-js/core
// would bring a date and name parser and a synchronous network fetcher (sync-fetch-undici) into an
// extension that makes no request, for the same few lines.
import type { Article } from '../types';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts': Array<[number] | [number, number] | [number, number, number]>;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  publisher?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  section?: string;
  number?: string;
  note?: string;
}

/** "2024-03-16T10:17" → [[2024, 3, 16]]; as precise as the date was written. */
export function cslDate(iso: string): CslDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
  return { 'date-parts': [parts as [number] | [number, number] | [number, number, number]] };
}

const ORGANIZATION_WORDS = new Set([
  'staff',
  'desk',
  'news',
  'agency',
  'agencies',
  'reporter',
  'reporters',
  'correspondent',
  'editor',
  'editors',
  'team',
  'service',
  'press',
  'times',
  'post',
  'daily',
  'wire',
  'online',
  'network',
  'media',
]);

/** Bylines as CSL names: "Jane Doe and John Roe" → two names; an agency or desk stays a literal. */
export function cslNames(byline: string): CslName[] {
  return byline
    .split(/\s*(?:,|\band\b|&|;)\s*/i)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => {
      const words = name.split(/\s+/);
      // A person: two to four capitalised words, none an acronym ("TV") or a word of a desk or an
      // agency ("Staff", "News"). Anything else is kept as a literal name.
      const person =
        words.length >= 2 &&
        words.length <= 4 &&
        words.every(
          (w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && /\p{Ll}/u.test(w) && !ORGANIZATION_WORDS.has(w.toLowerCase()),
        );
      if (person) {
        return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
      }
      return { literal: name };
    });
}

export function toCslItem(a: Article): CslItem {
  const item: CslItem = { id: a.id, type: 'article-newspaper', title: a.title || 'Untitled article' };
  if (a.outlet?.name) item['container-title'] = a.outlet.name;
  if (a.originalPublisher?.name) item.note = `First published by ${a.originalPublisher.name}`;
  if (a.author) item.author = cslNames(a.author);
  const issued = a.published ? cslDate(a.published.iso) : undefined;
  if (issued) item.issued = issued;
  if (a.addedAt > 0) {
    const d = new Date(a.addedAt);
    item.accessed = { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] };
  }
  if (a.url) item.URL = a.url;
  if (a.language) item.language = a.language;
  if (a.section.length > 0) item.section = a.section.join(' › ');
  if (a.outletArticleId) item.number = a.outletArticleId;
  return item;
}

export function toCslJson(articles: Article[]): CslItem[] {
  return articles.map(toCslItem);
}
