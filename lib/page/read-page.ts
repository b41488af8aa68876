// Reads a page into a PageDigest: whether it is an article (Readability's isProbablyReaderable), its
// main text (Readability, run on a clone so the live page is never touched), and its credits (the
// metadata layer first, then Readability's guesses, then the credits printed in the text).
// Reading is a sequence of steps so the content script can run each one in its own idle slot.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { PageDigest } from '../types';
import { cleanByline } from './clean-byline';
import { cleanDate } from './clean-date';
import { cleanLanguage } from './clean-language';
import { capLength, cleanText, stripInvisible } from './clean-text';
import { stripSiteFromTitle } from './clean-title';
import { readTextCredits } from './read-credits';
import { cleanName, MAX_TITLE_CHARS, readMetadata } from './read-metadata';
import { readParagraphs } from './read-paragraphs';
import { hostOf } from './safe-url';

export interface ReadPageOptions {
  /** Cap on the digest's text, in characters. */
  maxChars?: number;
  /** Readability's verdict when the caller already asked for it (the content script does, first). */
  readerable?: boolean;
}

export const DEFAULT_MAX_CHARS = 200_000;
/**
 * Above these sizes Readability is skipped and the body's paragraphs are read instead: Readability
 * scores every element several times and would block a page of that size for seconds.
 */
export const MAX_READABILITY_TEXT_CHARS = 1_500_000;
export const MAX_READABILITY_ELEMENTS = 30_000;
/** Real pages nest at most a few dozen deep; Readability's time grows steeply with depth beyond that. */
export const MAX_READABILITY_DEPTH = 150;

/** Parts of a page that are not its article, left out when Readability is skipped. */
const NOT_ARTICLE = new Set(['nav', 'header', 'footer', 'aside', 'form']);

type ParsedArticle = ReturnType<Readability<Node>['parse']>;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Readability's verdict on whether `doc` is an article; false when it cannot tell. */
export function isReaderable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/**
 * Whether the tree is small enough for Readability: at most `maxElements` elements nested at most
 * `maxDepth` deep. Walks the elements once, and stops as soon as either limit is passed.
 */
function fitsReadability(root: Element, maxElements: number, maxDepth: number): boolean {
  let count = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (++count > maxElements || depth > maxDepth) return false;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return true;
}

/** Readability's article from a clone of the page (Readability rewrites the tree it is given). */
function parseArticle(clone: Document): ParsedArticle {
  try {
    // The serializer hands back the element itself: its block structure gives the paragraphs.
    return new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}

/** Letters of each word: "Mehr News Agency" → "mna", for telling an agency credit from the site's own. */
function initials(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => word.charAt(0))
    .join('')
    .toLowerCase();
}

function isSameOutlet(name: string, site: string | null, host: string | null): boolean {
  const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const agency = squash(name);
  if (!agency) return true;
  if (site && (squash(site) === agency || initials(site) === agency)) return true;
  return !!host && squash(host.split('.').slice(0, -1).join('.')).includes(agency);
}

/**
 * Reads `doc` step by step: each `yield` is a point where the caller may pause (the content script
 * waits for the next idle slot), and the return value is the digest. `readMs` counts only the time
 * spent inside the steps, not the pauses.
 */
export function* readPageSteps(
  doc: Document,
  url: string,
  options: ReadPageOptions = {},
): Generator<void, PageDigest, void> {
  const maxChars = Math.max(0, options.maxChars ?? DEFAULT_MAX_CHARS);
  let spent = 0;
  let started = now();
  // Each step ends here: the time so far is counted, the caller may pause, the clock restarts.
  function* step(): Generator<void, void, void> {
    spent += now() - started;
    yield;
    started = now();
  }

  const readerable = options.readerable ?? isReaderable(doc);
  yield* step();

  const meta = readMetadata(doc, url);
  yield* step();

  const bodyText = doc.body?.textContent ?? '';
  const small =
    bodyText.length <= MAX_READABILITY_TEXT_CHARS &&
    !!doc.documentElement &&
    fitsReadability(doc.documentElement, MAX_READABILITY_ELEMENTS, MAX_READABILITY_DEPTH);
  const clone = small ? (doc.cloneNode(true) as Document) : null;
  yield* step();

  // The one step that cannot be cut: Readability scores the whole tree in one go.
  const article = clone ? parseArticle(clone) : null;
  yield* step();

  const root: Node | null = article?.content ?? doc.body ?? doc.documentElement;
  const paragraphs = root ? readParagraphs(root, maxChars, article?.content ? undefined : NOT_ARTICLE) : [];
  const text = capLength(stripInvisible(paragraphs.join('\n\n')), maxChars);
  yield* step();

  const credits = readTextCredits(text.length > 25_000 ? `${text.slice(0, 20_000)}\n${text.slice(-5_000)}` : text);
  // Sites often print "This article first appeared on …" below the article, where Readability
  // does not look; the whole body is searched for it only when the article text has none.
  const pageCredit = credits.originalPublisher
    ? null
    : readTextCredits(bodyText.slice(0, MAX_READABILITY_TEXT_CHARS)).originalPublisher;

  const host = hostOf(meta.canonical ?? url);
  const site = meta.site ?? cleanName(article?.siteName) ?? host;
  const rawTitle =
    meta.title ??
    cleanText(article?.title, MAX_TITLE_CHARS) ??
    cleanText(doc.title, MAX_TITLE_CHARS) ??
    cleanText(doc.querySelector('h1')?.textContent, MAX_TITLE_CHARS) ??
    '';
  const agencyCredit = credits.agency && !isSameOutlet(credits.agency, site, host) ? credits.agency : null;
  const basedOnHost = hostOf(meta.basedOn);
  // A name the page gives beats an address's host; a wire credit comes last, and only when the
  // agency is not the site itself ("(MNA)" on Mehr News Agency's own page). Each keeps where it was found.
  const credited: Array<[string | null, PageDigest['originalPublisherFoundIn']]> = [
    [meta.originalPublisher, 'metadata'],
    [cleanName(credits.originalPublisher ?? pageCredit), 'text'],
    [basedOnHost && basedOnHost !== host ? basedOnHost : null, 'address'],
    [cleanName(agencyCredit), 'dateline'],
  ];
  const firstCredit = credited.find(([name]) => name !== null);

  const digest: PageDigest = {
    url,
    canonical: meta.canonical,
    title: stripSiteFromTitle(rawTitle, site, host),
    site,
    byline: meta.byline ?? cleanByline(article?.byline) ?? cleanByline(credits.byline),
    published: meta.published ?? cleanDate(article?.publishedTime),
    modified: meta.modified,
    language: meta.language ?? cleanLanguage(article?.lang),
    originalPublisher: firstCredit?.[0] ?? null,
    originalPublisherFoundIn: firstCredit?.[1] ?? null,
    basedOn: meta.basedOn,
    dateline: cleanName(credits.dateline),
    section: meta.section,
    text,
    readerable,
    stated: meta.stated,
  };
  spent += now() - started;
  digest.readMs = Math.round(spent * 10) / 10;
  return digest;
}

/** Reads `doc` (the page at `url`) in one go: for Node and tests, where nothing else waits. */
export function readPage(doc: Document, url: string, options?: ReadPageOptions): PageDigest {
  const steps = readPageSteps(doc, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
