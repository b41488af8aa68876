// The project's own metadata layer: what a page says about itself in JSON-LD, OpenGraph and article:*
// tags, citation_* tags, Dublin Core / parsely / sailthru tags, the canonical link, <time> elements and
// <html lang>, each field taken from the most deliberate source that has it and cleaned.
// Precedence per field: JSON-LD > OpenGraph / article:* > citation_* > other tags > markup.
import { cleanByline } from './clean-byline';
import { cleanDate } from './clean-date';
import { cleanLanguage } from './clean-language';
import { cleanText } from './clean-text';
import { readJsonLd } from './read-json-ld';
import { allTags, firstTag, readMetaTags, type MetaTags } from './read-meta-tags';
import { safeUrl } from './safe-url';
import type { PageStatements } from '../types';

export const MAX_TITLE_CHARS = 500;
export const MAX_NAME_CHARS = 200;

/** What the page's markup states; null where it states nothing usable. */
export interface PageMetadata {
  title: string | null;
  site: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  language: string | null;
  canonical: string | null;
  section: string | null;
  /** JSON-LD isBasedOn, when it is an address. */
  basedOn: string | null;
  /** The publisher the JSON-LD isBasedOn names. */
  originalPublisher: string | null;
  /** Every address and publisher name the page states of itself, for served-publisher.ts to weigh. */
  stated: PageStatements;
}

/** At most this many statements of each kind are kept: enough for any real page, bounded for a crafted one. */
export const MAX_STATEMENTS = 8;

const TITLE_TAGS = [
  'og:title',
  'twitter:title',
  'dc.title',
  'dcterms.title',
  'dc:title',
  'citation_title',
  'parsely-title',
  'sailthru.title',
  'title',
];
const SITE_TAGS = ['og:site_name', 'citation_journal_title', 'citation_publisher', 'dc.publisher', 'dcterms.publisher'];
const AUTHOR_TAGS = [
  'article:author',
  'author',
  'dc.creator',
  'dcterms.creator',
  'dc:creator',
  'parsely-author',
  'sailthru.author',
  'byl',
];
const CITATION_AUTHOR_TAGS = ['citation_author'];
const PUBLISHED_TAGS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.date',
  'dcterms.created',
  'dc:date',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
];
const MODIFIED_TAGS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];
const SECTION_TAGS = ['article:section', 'parsely-section'];
const LANGUAGE_TAGS = ['og:locale', 'http-equiv:content-language', 'dc.language', 'dcterms.language', 'language'];

/** The first value that survives `clean`, trying candidates in order of precedence. */
function pick<T>(clean: (value: unknown) => T | null, ...candidates: unknown[]): T | null {
  for (const candidate of candidates) {
    const value = clean(candidate);
    if (value !== null) return value;
  }
  return null;
}

const title = (v: unknown) => cleanText(v, MAX_TITLE_CHARS);
/** A name holding an angle bracket is markup swallowed by an unclosed quote (`content="Herald>`), not a name. */
export const cleanName = (v: unknown): string | null => {
  const text = cleanText(v, MAX_NAME_CHARS);
  return text && /[<>]/.test(text) ? null : text;
};
const name = cleanName;

/** application-name is a site's name on news sites ("LA NACION"), but a tagline where it has parts. */
function appName(tags: MetaTags): string | null {
  const value = name(firstTag(tags, ['application-name', 'apple-mobile-web-app-title']));
  return value && !/\s[-–—|:·]\s/.test(value) && value.length <= 60 ? value : null;
}

/** Authors from repeated tags: each cleaned, addresses dropped, joined as JSON-LD authors are. */
function bylineFromTags(tags: MetaTags, keys: readonly string[]): string | null {
  const names = allTags(tags, keys)
    .map(cleanByline)
    .filter((n): n is string => n !== null);
  return cleanByline([...new Set(names)].join(', '));
}

/**
 * The publication time stated by a <time> element: one marked as such, else the first in the
 * <article>, else the page's only one. With several and none marked, which is the article's is a guess.
 */
function timeFromMarkup(doc: Document): string | null {
  const marked = doc.querySelector(
    'time[itemprop="datePublished"][datetime], time[pubdate][datetime], [itemprop="datePublished"][content]',
  );
  if (marked) return marked.getAttribute('datetime') ?? marked.getAttribute('content');
  // "Last updated …" is not when the article was published.
  const isUpdate = (el: Element) =>
    /modif|updat/i.test(
      `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''} ${(el.textContent ?? '').slice(0, 80)}`,
    );
  const inArticle = doc.querySelector('article time[datetime]');
  if (inArticle && !isUpdate(inArticle)) return inArticle.getAttribute('datetime');
  const all = doc.querySelectorAll('time[datetime]');
  return all.length === 1 && !isUpdate(all[0]) ? all[0].getAttribute('datetime') : null;
}

/** The byline stated by microdata or rel=author markup, when no tag states it. */
function bylineFromMarkup(doc: Document): string | null {
  const el = doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"][content]');
  return el ? (el.getAttribute('content') ?? el.textContent) : null;
}

/** The distinct values that survive `clean`, in order, at most MAX_STATEMENTS. */
function allClean(clean: (value: unknown) => string | null, candidates: unknown[]): string[] {
  const out: string[] = [];
  for (const candidate of candidates) {
    const value = clean(candidate);
    if (value !== null && !out.includes(value)) out.push(value);
    if (out.length === MAX_STATEMENTS) break;
  }
  return out;
}

/** What the document's markup says about the page at `url`. */
export function readMetadata(doc: Document, url: string): PageMetadata {
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const canonicalLink = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const address = (v: unknown) => safeUrl(v, url);
  const ogUrls = allTags(tags, ['og:url']);
  const canonical = pick(address, canonicalLink, ogUrls[0]);
  const stated: PageStatements = {
    addresses: allClean(address, [canonicalLink, ...ogUrls, ld.url]),
    names: allClean(name, [...ld.publisherNames, ...allTags(tags, SITE_TAGS), appName(tags)]),
    publisherAddresses: allClean(address, ld.publisherUrls),
  };

  return {
    title: pick(title, ld.title, firstTag(tags, TITLE_TAGS)),
    site: pick(name, ld.site, firstTag(tags, SITE_TAGS), appName(tags)),
    byline: pick(
      cleanByline,
      ld.byline,
      bylineFromTags(tags, AUTHOR_TAGS),
      bylineFromTags(tags, CITATION_AUTHOR_TAGS),
      bylineFromMarkup(doc),
    ),
    published: pick(cleanDate, ld.published, firstTag(tags, PUBLISHED_TAGS), timeFromMarkup(doc)),
    modified: pick(cleanDate, ld.modified, firstTag(tags, MODIFIED_TAGS)),
    language: pick(
      cleanLanguage,
      doc.documentElement?.getAttribute('lang'),
      firstTag(tags, LANGUAGE_TAGS),
      ld.language,
    ),
    canonical,
    section: pick(name, ld.section, firstTag(tags, SECTION_TAGS)),
    basedOn: safeUrl(ld.basedOnUrl, url),
    originalPublisher: name(ld.basedOnName),
    stated,
  };
}
