// Who published a text, who first published it, who wrote it, where and when: read from page
// metadata, a seed's header, and the words of the text itself ("By Alireza Hashemi",
// "TEHRAN, Mar. 16 (MNA) –", "First published by Tehran Times"). Each credit keeps where it was
// found and the words it was read from; what nothing states stays null.
import type { ArticleCredits, Credit, CreditOrigin, OutletProfile } from '../types';
import { bundledOutlets } from './bundled-outlets';
import { parseDate } from '../text/parse-date';
import { findOutlet, hostOf } from './outlets';
import { splitParagraphs } from './split-sentences';

export interface CreditsInput {
  text: string;
  /** A seed's or imported file's header fields ("publisher", "author", "date"…), any case. */
  header?: Record<string, string>;
  /** What the page's metadata said (PageDigest fields). */
  meta?: {
    site?: string | null;
    byline?: string | null;
    published?: string | null;
    originalPublisher?: string | null;
    dateline?: string | null;
    url?: string | null;
  };
}

// Where in the text each credit is looked for: bylines, date lines and datelines open an article,
// republication notes close it.
const OPENING_PARAGRAPHS = 8;
const CLOSING_PARAGRAPHS = 10;
const MAX_LINE = 160;

const HEADER_KEYS: Record<keyof ArticleCredits, string[]> = {
  publisher: ['publisher', 'site', 'sitename', 'outlet'],
  originalPublisher: ['originalpublisher', 'firstpublishedby', 'originallypublishedby'],
  author: ['author', 'byline', 'by'],
  dateline: ['dateline'],
  date: ['date', 'published', 'publishedat', 'datepublished'],
};

const BYLINE = /^By\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|bin|ibn|al|de|van|von))*)$/u;
const DATELINE =
  /^(\p{Lu}[\p{Lu} .'’-]{1,40}?)\s*(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\(([^()]{1,40})\))?\s*[–—-]\s/u;
const REPUBLISHED =
  /^(?:this (?:article|story|piece|report) (?:was )?)?(?:first|originally) (?:published|appeared) (?:by|in|on|at)\s+(.{2,80}?)\.?$/i;
const REPUBLISHED_FROM = /^republished (?:from|with permission from)\s+(.{2,80}?)\.?$/i;
const SITE_NOTE = /^(.{2,40}?)[’']s website can also be accessed/;

function credit(value: string, foundIn: CreditOrigin, evidence: string): Credit {
  return { value: value.trim(), foundIn, evidence: evidence.trim() };
}

function fromHeader(header: Record<string, string> | undefined, field: keyof ArticleCredits): Credit | null {
  if (!header) return null;
  for (const [key, value] of Object.entries(header)) {
    if (HEADER_KEYS[field].includes(key.toLowerCase().replace(/[^a-z]/g, '')) && value.trim()) {
      return credit(value, 'header', `${key}: ${value}`);
    }
  }
  return null;
}

function present(x: string | null | undefined): x is string {
  return typeof x === 'string' && x.trim().length > 0;
}

/** An outlet's name in the profiles' spelling when a profile knows it ("MNA" → "Mehr News Agency"). */
function outletName(profiles: OutletProfile[], name: string, domain?: string | null): string {
  return findOutlet(profiles, { name, domain })?.names[0] ?? name.trim();
}

interface TextFindings {
  author: Credit | null;
  date: Credit | null;
  dateline: { place: string; agency: string | null; evidence: string } | null;
  originalPublisher: Credit | null;
  siteNote: { name: string; evidence: string } | null;
}

function readText(text: string): TextFindings {
  const found: TextFindings = { author: null, date: null, dateline: null, originalPublisher: null, siteNote: null };
  const paragraphs = splitParagraphs(text);
  paragraphs.slice(0, OPENING_PARAGRAPHS).forEach(({ text: p }) => {
    const line = p.length <= MAX_LINE ? p.replace(/\s+/g, ' ') : '';
    const byline = line ? BYLINE.exec(line) : null;
    if (byline && !found.author) found.author = credit(byline[1]!, 'byline', line);
    const date = line.length <= 60 ? parseDate(line) : null;
    if (date && !found.date) found.date = credit(date.iso, 'text', line);
    const dateline = DATELINE.exec(p.slice(0, 120));
    const place = dateline?.[1]?.trim();
    // A dateline's place is written in capitals ("TEHRAN"); a capitalized first word is not one.
    if (dateline && place && place.length >= 2 && place === place.toUpperCase() && !found.dateline) {
      found.dateline = { place, agency: dateline[3]?.trim() ?? null, evidence: dateline[0].trim() };
    }
  });
  paragraphs.slice(-CLOSING_PARAGRAPHS).forEach(({ text: p }) => {
    if (p.length > MAX_LINE) return;
    const line = p.replace(/\s+/g, ' ');
    const republished = REPUBLISHED.exec(line) ?? REPUBLISHED_FROM.exec(line);
    if (republished && !found.originalPublisher) found.originalPublisher = credit(republished[1]!, 'text', line);
    const site = SITE_NOTE.exec(line);
    if (site && !found.siteNote) found.siteNote = { name: site[1]!, evidence: line };
  });
  return found;
}

/** The article-level credits of a text, each from the most direct evidence available. */
export function readCredits(input: CreditsInput, profiles: OutletProfile[] = bundledOutlets()): ArticleCredits {
  const meta = input.meta ?? {};
  const found = readText(input.text);
  const agency = found.dateline?.agency ? findOutlet(profiles, { name: found.dateline.agency }) : null;

  let publisher: Credit | null = null;
  if (present(meta.site)) publisher = credit(outletName(profiles, meta.site, meta.url), 'metadata', meta.site);
  publisher ??= fromHeader(input.header, 'publisher');
  if (!publisher && present(meta.url)) {
    const byAddress = findOutlet(profiles, { domain: meta.url });
    if (byAddress) publisher = credit(byAddress.names[0]!, 'url', hostOf(meta.url));
  }
  if (!publisher && agency && found.dateline) publisher = credit(agency.names[0]!, 'dateline', found.dateline.evidence);
  if (!publisher && found.siteNote) {
    const site = findOutlet(profiles, { name: found.siteNote.name });
    if (site) publisher = credit(site.names[0]!, 'text', found.siteNote.evidence);
  }

  let originalPublisher: Credit | null = null;
  if (present(meta.originalPublisher))
    originalPublisher = credit(outletName(profiles, meta.originalPublisher), 'metadata', meta.originalPublisher);
  originalPublisher ??= fromHeader(input.header, 'originalPublisher');
  if (!originalPublisher && found.originalPublisher) {
    originalPublisher = { ...found.originalPublisher, value: outletName(profiles, found.originalPublisher.value) };
  }
  // A wire credit in the dateline of another outlet's page names the first publisher: "(AFP)" on a BBC page.
  if (!originalPublisher && agency && found.dateline && publisher && publisher.value !== agency.names[0]) {
    originalPublisher = credit(agency.names[0]!, 'dateline', found.dateline.evidence);
  }

  let author: Credit | null = null;
  if (present(meta.byline)) author = credit(meta.byline.replace(/^\s*by\s+/i, ''), 'metadata', meta.byline);
  author ??= fromHeader(input.header, 'author') ?? found.author;

  let dateline: Credit | null = null;
  if (present(meta.dateline)) dateline = credit(meta.dateline, 'metadata', meta.dateline);
  dateline ??= fromHeader(input.header, 'dateline');
  if (!dateline && found.dateline) dateline = credit(found.dateline.place, 'dateline', found.dateline.evidence);

  let date: Credit | null = null;
  if (present(meta.published))
    date = credit(parseDate(meta.published)?.iso ?? meta.published, 'metadata', meta.published);
  if (!date) {
    const header = fromHeader(input.header, 'date');
    if (header) date = { ...header, value: parseDate(header.value)?.iso ?? header.value };
  }
  date ??= found.date;

  return { publisher, originalPublisher, author, dateline, date };
}
