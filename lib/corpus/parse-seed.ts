// Turns a plain-text copy of a news page (as a person would paste it, page furniture included)
// into an Article: the credits it states, and its body paragraphs with the furniture removed.
// General by design: an optional `Key: value` header block ended by `---` states fields outright;
// everything else is read from the shape of the text, never from knowledge of a particular file.
import type { Article, DateValue } from '../types';
import { articleId } from './content-id';
import { detectLanguage } from '../text/language';
import { parseDate } from '../text/parse-date';
import { readTextCredits } from '../page/read-credits';
import { stripInvisible } from '../page/clean-text';

/** A text that cannot become an article, with the file it came from. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SeedError';
  }
}

/** What the text says, before outlet names are resolved against the profiles. */
export interface ParsedText {
  title: string;
  outletName: string | null;
  originalPublisherName: string | null;
  author: string | null;
  published: DateValue | null;
  dateline: string | null;
  /** The agency or outlet credited in the dateline: "MNA" in "TEHRAN, Mar. 16 (MNA) –". */
  datelineCredit: string | null;
  section: string[];
  outletArticleId: string | null;
  url: string | null;
  language: string;
  paragraphs: string[];
  /** The header's date when it could not be read ("Published: the Ides of March"), so an import can say so. */
  unreadDate?: string;
}

/** Largest text read; beyond it the rest is dropped rather than slowing everything down. */
export const MAX_TEXT_CHARS = 2_000_000;
const MAX_PARAGRAPH_CHARS = 20_000;
const HEADER_KEYS: Record<string, keyof ParsedText | 'ignore'> = {
  title: 'title',
  headline: 'title',
  outlet: 'outletName',
  publisher: 'outletName',
  site: 'outletName',
  source: 'outletName',
  'original publisher': 'originalPublisherName',
  'original-publisher': 'originalPublisherName',
  'first published by': 'originalPublisherName',
  author: 'author',
  byline: 'author',
  by: 'author',
  published: 'published',
  date: 'published',
  'published at': 'published',
  dateline: 'dateline',
  section: 'section',
  breadcrumbs: 'section',
  id: 'outletArticleId',
  'news id': 'outletArticleId',
  'article id': 'outletArticleId',
  url: 'url',
  address: 'url',
  link: 'url',
  language: 'language',
  lang: 'language',
};

/** Rejects what is not text: empty files and binary content. */
export function checkText(file: string, text: string): void {
  if (text.trim().length === 0) throw new SeedError(file, 'the file is empty: a seed needs an article text');
  const sample = text.slice(0, 65_536);
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new SeedError(file, 'the file is binary (it contains NUL bytes), not text');
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    if (c === 0xfffd) replacement++;
  }
  if (control > sample.length * 0.01 || replacement > sample.length * 0.01) {
    throw new SeedError(file, 'the file is not readable UTF-8 text (binary or another encoding)');
  }
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Lines that are page furniture wherever they stand. */
const FURNITURE_LINE =
  /^(?:[•·*\-–]\s*)*(?:your comment|you are replying to.*|captcha|comments?|leave a comment|share(?: this(?: article)?)?|tweet|print|email|e-mail|advertisement|ad|sponsored|read more|related(?: articles| news| stories)?|more on this|subscribe|sign up.*newsletter.*|follow us.*|tags?:.*|copyright.*|©.*|all rights reserved\.?|skip to (?:main )?content|menu|home)\s*[.:]?$/i;
/** A trailer: this line and all that follows is furniture. */
const TRAILER =
  /can also be accessed at the following alternate addresses|^your comment\s*$|^(?:[•·*]\s*)?comments\s*\(\d+\)\s*$/i;
const FIRST_PUBLISHED =
  /^(?:this (?:article|story|piece) )?(?:was )?(?:first|originally) (?:published|appeared)(?: by| in| on| at)?\s+(.{2,80}?)\.?\s*$/i;
const ARTICLE_NUMBER = /^(?:news|article|story|post) ?(?:id|no\.?|number|#)\s*[:#]?\s*([A-Za-z0-9-]{2,20})\s*$/i;
const BYLINE = /^[Bb]y\s+([\p{Lu}][\p{L}\p{M}'’.\- ]{1,80}?)(?:\s*[,|]\s*.{0,60})?$/u;
const OUTLET_TRAILER = /^(.{2,60}?)['’]s? website can also be accessed/i;

function isBreadcrumb(line: string): string[] | null {
  const parts = line.split(/\s+[/›»>|]\s+/);
  if (parts.length < 2 || parts.length > 8) return null;
  if (!parts.every((p) => p.length > 0 && p.length <= 40 && p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p)))
    return null;
  return parts.map(norm);
}

function readHeader(lines: string[]): { header: Map<string, string>; rest: string[] } {
  const header = new Map<string, string>();
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const start = i;
  for (; i < lines.length && i - start < 40; i++) {
    const line = lines[i].trim();
    if (line === '---') {
      if (header.size === 0) break;
      return { header, rest: lines.slice(i + 1) };
    }
    const m = /^([A-Za-z][A-Za-z -]{0,30}):\s*(.*)$/.exec(line);
    if (!m) break;
    header.set(m[1].toLowerCase().trim(), m[2].trim());
  }
  return { header: new Map(), rest: lines };
}

/** Reads the credits and paragraphs of a pasted news text. */
export function parseText(file: string, raw: string): ParsedText {
  checkText(file, raw);
  // Direction overrides and invisible characters could disguise a title or a name on screen: gone,
  // as from pages (lib/page/clean-text.ts); the zero-width (non-)joiners Persian needs are kept.
  const text = stripInvisible(raw.replace(/^\uFEFF/, '').slice(0, MAX_TEXT_CHARS)).replace(/\r\n?/g, '\n');
  const { header, rest } = readHeader(text.split('\n'));

  const out: ParsedText = {
    title: '',
    outletName: null,
    originalPublisherName: null,
    author: null,
    published: null,
    dateline: null,
    datelineCredit: null,
    section: [],
    outletArticleId: null,
    url: null,
    language: '',
    paragraphs: [],
  };
  let publishedValue: string | null = null;
  for (const [key, value] of header) {
    const field = Object.hasOwn(HEADER_KEYS, key) ? HEADER_KEYS[key] : undefined;
    if (!field || field === 'ignore' || !value) continue;
    if (field === 'published') publishedValue = value;
    else if (field === 'section') out.section = value.split(/\s*[/›»>|,]\s*/).filter(Boolean);
    // Only a web address is kept: a `javascript:`, `data:` or `file:` one in an imported text is dropped.
    else if (field === 'url') out.url = /^https?:\/\/[^\s]+$/i.test(value) ? value : null;
    else (out as unknown as Record<string, string>)[field] = value;
  }

  // A date written in numbers is read in the order of the text's stated language ("03/04/2024").
  if (publishedValue !== null) out.published = parseDate(publishedValue, out.language || null);
  if (publishedValue !== null && out.published === null) out.unreadDate = publishedValue;

  // Cut trailers, drop furniture, pull out credit lines.
  const lines: string[] = [];
  for (const rawLine of rest) {
    const line = norm(rawLine);
    if (TRAILER.test(line)) {
      const trailerOutlet = OUTLET_TRAILER.exec(line);
      if (trailerOutlet && !out.outletName) out.outletName = norm(trailerOutlet[1]);
      break;
    }
    if (line === '' || FURNITURE_LINE.test(line)) continue;
    let m: RegExpExecArray | null;
    if ((m = FIRST_PUBLISHED.exec(line)) && line.length < 120) {
      out.originalPublisherName ??= norm(m[1]);
      continue;
    }
    if ((m = ARTICLE_NUMBER.exec(line))) {
      out.outletArticleId ??= m[1];
      continue;
    }
    lines.push(line.length > MAX_PARAGRAPH_CHARS ? line.slice(0, MAX_PARAGRAPH_CHARS) : line);
  }

  // The head of the text: dates, breadcrumbs, bylines and the title, in whatever order they come.
  let body = 0;
  for (; body < lines.length && body < 12; body++) {
    const line = lines[body];
    const date = line.length <= 60 ? parseDate(line, out.language || null) : null;
    if (date) {
      out.published ??= date;
      continue;
    }
    const crumbs = isBreadcrumb(line);
    if (crumbs && !out.title) {
      if (out.section.length === 0) out.section = crumbs;
      continue;
    }
    const by = BYLINE.exec(line);
    if (by && line.length <= 100) {
      out.author ??= norm(by[1]);
      continue;
    }
    if (!out.title && line.length <= 200 && !/[.!?]["”’]?$/.test(line)) {
      out.title = line;
      continue;
    }
    if (out.title && line === out.title) continue;
    break;
  }
  const title = out.title;
  const paragraphs = lines.slice(body).filter((line) => line !== title);
  if (!out.title) {
    const first = paragraphs[0] ?? '';
    const sentence = /^.{10,160}?[.!?](?=\s|$)/.exec(first)?.[0] ?? first.slice(0, 120);
    out.title = norm(sentence) || file;
  }

  // "TEHRAN, Mar. 16 (MNA) –": the place and the agency credited, read as pages are read.
  const credits = readTextCredits(paragraphs.slice(0, 2).join('\n\n'));
  out.dateline ??= credits.dateline;
  out.datelineCredit = credits.agency;
  out.paragraphs = paragraphs;
  out.language ||= detectLanguage(paragraphs.join('\n'));
  if (out.paragraphs.length === 0) throw new SeedError(file, 'no article text found: only a title or page furniture');
  return out;
}

/** A parsed text as a corpus Article (outlets unresolved; figures and sources not yet read). */
export function toArticle(parsed: ParsedText, origin: Article['origin'], originRef: string | null): Article {
  return {
    id: articleId(parsed.paragraphs),
    origin,
    title: parsed.title,
    outlet: parsed.outletName ? { name: parsed.outletName, domain: null, profileId: null } : null,
    originalPublisher: parsed.originalPublisherName
      ? { name: parsed.originalPublisherName, domain: null, profileId: null }
      : null,
    author: parsed.author,
    published: parsed.published,
    dateline: parsed.dateline,
    section: parsed.section,
    outletArticleId: parsed.outletArticleId,
    url: parsed.url,
    language: parsed.language,
    paragraphs: parsed.paragraphs,
    figures: [],
    sources: [],
    originRef,
    corpusVersion: null,
    addedAt: 0,
  };
}
