// The words of DESIGN.md as types: what the engine, the extension and the command-line tool share.

/** How much of a date the text gave: "Mar 16, 2024, 10:17 AM" is minute, "Mar 16, 2024" is day. */
export type DatePrecision = 'minute' | 'day' | 'month' | 'year';

/** A date exactly as precise as its text: never a time that was not written. */
export interface DateValue {
  /** ISO 8601 without a zone unless the text gave one: "2024-03-16T10:17", "2024-03-16", "2024-03". */
  iso: string;
  precision: DatePrecision;
  /** The words it was read from. */
  text: string;
}

/** A publisher named by an article: a profile id when `seeds/outlets.json` knows it. */
export interface OutletRef {
  name: string;
  domain: string | null;
  /** The id of its profile in outlets.json, or null when no profile exists. */
  profileId: string | null;
}

/** Who a text cites: a person, an organization, an outlet, a government or military body. */
export type SourceKind = 'person' | 'organization' | 'outlet' | 'government' | 'military';

/** A figure a text reports: "more than 31,000 Palestinians killed". */
export interface Figure {
  /** The words of the figure as written, qualifier included: "more than 31,000". */
  text: string;
  /** Offsets of `text` in the analysed text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The number as written (the midpoint for a range). */
  value: number;
  /** The interval the words allow; null where open. */
  lower: number | null;
  upper: number | null;
  /** The qualifier words ("more than", "close to"), or null for a bare figure. */
  qualifier: string | null;
  /** "days", "percent", "USD", "people"…, or null for a plain count of `counts`. */
  unit: string | null;
  /** What it counts, as a noun phrase: "Palestinians", "Israeli officers and soldiers". */
  counts: string | null;
  /** What happened to them: "killed", "wounded", "taken captive", "released". */
  event: string | null;
  /** The sentence it stands in. */
  sentence: string;
  /** The name of the source cited for it, or the words "no source given". */
  source: string;
}

export const NO_SOURCE = 'no source given';

/** Someone a text cites, with the cue words and what they back. */
export interface Source {
  name: string;
  kind: SourceKind;
  /** The cue words that attribute to this source: "according to", "said", "told". */
  cue: string[];
  /** Sentences attributed to this source. */
  sentences: string[];
  /** Quotations they are credited with. */
  quotes: string[];
  /** The `text` of each figure they back. */
  figures: string[];
  /** Descriptions of them in the text: "a former senior U.S. diplomat", "the Iranian analyst". */
  descriptions?: string[];
  /** The outlet through which they speak: "Press TV website", "Foreign Affairs". */
  via?: string | null;
}

/** Where an article-level credit was found. */
export type CreditOrigin = 'header' | 'metadata' | 'json-ld' | 'byline' | 'dateline' | 'text' | 'url';

export interface Credit<T = string> {
  value: T;
  foundIn: CreditOrigin;
  /** The words it was read from. */
  evidence: string;
}

/** Publisher, original publisher, author, dateline and date of one text, each with its evidence. */
export interface ArticleCredits {
  publisher: Credit | null;
  originalPublisher: Credit | null;
  author: Credit | null;
  dateline: Credit | null;
  date: Credit | null;
}

/** A corpus entry. */
export interface Article {
  /** Stable and derived from the content: the same text always gets the same id. */
  id: string;
  /** `feed`: added by a subscription (`feedId` says which). */
  origin: 'bundled' | 'user' | 'feed';
  /** The subscription that added it, for a feed's article. */
  feedId?: string;
  /** True when only a summary of the article is kept (a feed item without its full text). */
  partial?: boolean;
  title: string;
  outlet: OutletRef | null;
  /** The first publisher when the text says it was republished ("First published by Tehran Times"). */
  originalPublisher: OutletRef | null;
  author: string | null;
  published: DateValue | null;
  /** "TEHRAN" in "TEHRAN, Mar. 16 (MNA) –". */
  dateline: string | null;
  /** Breadcrumbs or section, outermost first. */
  section: string[];
  /** The outlet's own number for the article ("213066" from "News ID 213066"). */
  outletArticleId: string | null;
  url: string | null;
  /** BCP 47 language tag. */
  language: string;
  paragraphs: string[];
  figures: Figure[];
  sources: Source[];
  /** Where it came from: the seed file name, the imported file, or the saved page's address. */
  originRef: string | null;
  /**
   * A saved or kept page's address as it was served (`url` is its canonical address only when that is on
   * the same site). Absent on articles that came from files, feeds or seeds.
   */
  servedUrl?: string | null;
  /** What the saved page said of its publisher that its address did not bear out ("Reuters"). */
  publisherClaim?: PublisherClaim | null;
  /** The bundled corpus version it came with (bundled articles only). */
  corpusVersion: string | null;
  /** When it entered this browser's corpus (ms since epoch); 0 in the compiled asset. */
  addedAt: number;
  /**
   * How a user article came (absent on bundled articles and on those stored before it existed, which
   * count as saved): by hand ('saved'), from a file ('imported'), kept as the user read it ('kept'),
   * from a subscribed feed ('feed'). Only 'kept' and 'feed' articles are ever removed to respect the limits.
   */
  addedBy?: ArticleAddedBy;
  /** Estimated bytes the article and its index entry take (kept and feed articles, for the storage limit). */
  size?: number;
  /** The host of its address without "www." (kept articles, so their history is listed by site). */
  site?: string;
}

export type ArticleAddedBy = 'saved' | 'imported' | 'kept' | 'feed';

/** What the content script read from a page. */
export interface PageDigest {
  url: string;
  canonical: string | null;
  title: string;
  /** The publisher's name ("Tehran Times"), from metadata or the address. */
  site: string | null;
  byline: string | null;
  /** ISO date-time as the page states it, or null. */
  published: string | null;
  modified: string | null;
  language: string | null;
  /** A republished page's first publisher (JSON-LD isBasedOn, "First published by …", wire credit). */
  originalPublisher: string | null;
  /** Where `originalPublisher` was found: the page's metadata, its text, its isBasedOn address, a wire credit. */
  originalPublisherFoundIn?: 'metadata' | 'text' | 'address' | 'dateline' | null;
  /** The page's source for isBasedOn, when it is an address. */
  basedOn: string | null;
  dateline: string | null;
  section: string | null;
  /** The main text, paragraphs separated by blank lines, capped in length. */
  text: string;
  /** Whether Readability judged the page an article. */
  readerable: boolean;
  /**
   * Every statement the page makes of who it is, each weighed against the served address (not only the
   * first one `canonical` and `site` hold); absent on digests from before they were read.
   */
  stated?: PageStatements;
  /** How long reading took in the page, in ms. */
  readMs?: number;
}

/** What a page states of its own identity, as it wrote it (addresses absolute, names cleaned). */
export interface PageStatements {
  /** Its own address: canonical link, og:url, JSON-LD url. */
  addresses: string[];
  /** Its publisher's name: JSON-LD publisher and WebSite name, og:site_name and kin. */
  names: string[];
  /** Its publisher's address: JSON-LD publisher url and WebSite url. */
  publisherAddresses: string[];
}

/** What a page says about its publisher that its address does not bear out. */
export interface PublisherClaim {
  /** The publisher as the page names it ("Reuters"), or the host of the address it claims. */
  name: string;
  /** The address the page gives as its own (canonical link or og:url) when it is on another site. */
  url: string | null;
  /** What made the claim: its stated address, its site or publisher name. */
  by: Array<'address' | 'name'>;
}

/** The publisher of a page as far as its address shows, and any claim beyond it. */
export interface ServedPublisher {
  /** The address the page was served from. */
  servedUrl: string;
  /** Its host without "www." ("127.0.0.1", "en.mehrnews.com"); null for a file, which no server vouches for. */
  servedFrom: string | null;
  /** The publisher to record: the page's own name for itself when borne out, else the served host. */
  name: string | null;
  /** The profile of the served site; null when none, and never one the page only claims. */
  profileId: string | null;
  /** The article's address: the canonical one when it is on the served site, else the served one. */
  url: string;
  claim: PublisherClaim | null;
}

/** Why a corpus article matched a page. */
export interface MatchReasons {
  terms: string[];
  names: string[];
  figures: string[];
}

/** A corpus article related to a page. */
/** A date the text implies when it states none: an estimate, shown as one, with its reason. */
export interface EstimatedDate {
  /** The estimated day (ISO). */
  iso: string;
  /** "about early May 2024" */
  label: string;
  /** What it is read from. */
  reason: string;
}

export interface Match {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  relation: 'same-article' | 'related';
  /** 0..1 */
  score: number;
  shared: MatchReasons;
  /** Days between the page's and the article's dates, or null when either is unknown. */
  daysApart: number | null;
  /** Estimated share of the page's shingles found in the article (0..1). */
  overlap: number;
  /** Only a summary of the corpus article is kept (a feed item without its full text). */
  partial?: boolean;
  /** For a same-article match: who published first, as far as the dates tell. */
  firstPublished: {
    by: string | null;
    at: string | null;
    which: 'page' | 'article' | 'unknown';
    /** How it is known: a text crediting the other as first publisher, or the two dates. */
    basis?: 'credit' | 'dates' | 'estimated dates';
  } | null;
  /** The article's date as its text implies it, when it states none. */
  estimatedDate?: EstimatedDate | null;
}

/** One quantity across texts: the same thing counted for the same event. */
export interface FigureLine {
  /** "Palestinians killed" */
  quantity: string;
  entries: Array<{
    figure: Figure;
    articleId: string | null; // null for the page itself
    outlet: string | null;
    date: string | null;
  }>;
  /** Pairs of entries (indexes into `entries`) that disagree beyond their qualifiers at about the same time. */
  contradictions: Array<{ a: number; b: number; why: string }>;
}

export type ReportState = 'reading' | 'not-article' | 'ready' | 'unsupported' | 'error' | 'disabled';

/** Everything the popup shows for one tab. */
export interface TabReport {
  tabId: number;
  url: string;
  state: ReportState;
  page: PageDigest | null;
  matches: Match[];
  figures: Figure[];
  sources: Source[];
  figureLines: FigureLine[];
  corpusSize: number;
  message: string | null;
  updatedAt: number;
  /** The page's date as its text implies it, when it states none. */
  pageEstimatedDate?: EstimatedDate | null;
  /** The nearest corpus articles that fell under the threshold: why nothing (more) is shown. */
  nearest?: Match[];
  /** The threshold the matches were chosen with. */
  threshold?: number;
  /** The page's publisher as its served address shows it, and any claim beyond it. */
  publisher?: ServedPublisher;
}

/** A fact about an outlet with the reference it comes from. */
export interface Fact<T = string> {
  value: T;
  /** Where the fact comes from: an address or a citation a reader can check. */
  ref: string;
}

/** A publisher's profile from `seeds/outlets.json`. */
export interface OutletProfile {
  id: string;
  /** The name first, then other names and abbreviations ("MNA"). */
  names: string[];
  domains: string[];
  country: Fact | null;
  ownership: Fact | null;
  affiliation: Fact | null;
  /** How the outlet's article addresses are built, with `{id}` for its article number. */
  articleUrlPattern: Fact | null;
  description: Fact | null;
}

/** A corpus passage that matches a right-click lookup. */
export interface LookupPassage {
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  paragraph: number;
  text: string;
  /** Ranges of `text` to highlight, [start, end). */
  highlights: Array<[number, number]>;
  score: number;
}

export interface LookupResult {
  selection: string;
  passages: LookupPassage[];
  figures: Figure[];
  figureLines: FigureLine[];
  sources: Source[];
  at: number;
}

/** The outcome of importing one file. */
export interface ImportFileReport {
  file: string;
  ok: boolean;
  added: number;
  duplicates: number;
  /** What went wrong, naming the line or record; null when it landed. */
  message: string | null;
  /** What landed with a caveat, naming the file and record: a date that could not be read, kept as unknown. */
  warnings?: string[];
  /** Each bad line or record when there are several, up to 20, then one line counting the rest. */
  problems?: string[];
}

export interface ImportReport {
  /** True when every file landed; otherwise nothing was written. */
  ok: boolean;
  added: number;
  files: ImportFileReport[];
}

/** A corpus article as a list shows it. */
export interface ArticleSummary {
  id: string;
  origin: Article['origin'];
  title: string;
  outlet: string | null;
  author: string | null;
  published: DateValue | null;
  addedAt: number;
  addedBy?: ArticleAddedBy;
  url?: string | null;
}
