// Reads the schema.org JSON-LD a page declares about itself: the article node (NewsArticle, BlogPosting
// and kin, inside `@graph` or arrays), its headline, dates, authors, publisher and isBasedOn, with
// `@id` references resolved. The scripts are only read as text and parsed as JSON, never run.

/** Raw values as the page wrote them; read-metadata cleans them. */
export interface JsonLdFacts {
  title: string | null;
  byline: string | null;
  site: string | null;
  published: string | null;
  modified: string | null;
  section: string | null;
  language: string | null;
  url: string | null;
  /** isBasedOn (or isBasedOnUrl) when it is an address. */
  basedOnUrl: string | null;
  /** The publisher (or name) of the work isBasedOn names. */
  basedOnName: string | null;
  /** Every publisher name the page states: the main node's publishers, then the WebSite's name. */
  publisherNames: string[];
  /** Every publisher address the page states: its publishers' `url`, then the WebSite's `url`. */
  publisherUrls: string[];
}

type Node = Record<string, unknown>;

const MAX_SCRIPTS = 32;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 500;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "NewsArticle" from "NewsArticle", "schema:NewsArticle" or "https://schema.org/NewsArticle". */
function typesOf(node: Node): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function isArticleType(type: string): boolean {
  return /Article$|BlogPosting$|^(?:SocialMediaPosting|DiscussionForumPosting|Report|Review)$/.test(type);
}

function isPageType(type: string): boolean {
  return /Page$/.test(type);
}

/** Every typed node of one parsed script: top-level objects, arrays and `@graph` members. */
function collectNodes(value: unknown, out: Node[], depth: number): void {
  if (depth > 4 || out.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  if (value['@type'] !== undefined) out.push(value);
  if (value['@graph'] !== undefined) collectNodes(value['@graph'], out, depth + 1);
}

/** The nodes of every ld+json script in the document; scripts that do not parse are skipped. */
function readNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  const scripts = Array.from(doc.querySelectorAll('script')).slice(0, 200);
  let seen = 0;
  for (const script of scripts) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase().split(';')[0];
    if (type !== 'application/ld+json') continue;
    if (++seen > MAX_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    try {
      collectNodes(JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), nodes, 0);
    } catch {
      // Broken JSON-LD is common and says nothing reliable: ignore it.
    }
  }
  return nodes;
}

/** Follows `{"@id": …}` references to the node of the same id, when the page declares one. */
function resolve(value: unknown, byId: Map<string, Node>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'string') return item;
  }
  return null;
}

/** The `url` of each organization given as an object, a reference or a list. */
function urlsOf(value: unknown, byId: Map<string, Node>): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  const urls: string[] = [];
  for (const item of list) {
    const resolved = resolve(item, byId);
    const url = isNode(resolved) ? firstString(resolved.url) : null;
    if (url && url.trim() && !urls.includes(url.trim())) urls.push(url.trim());
  }
  return urls;
}

/** The name of a person or organization given as a string, an object, a reference or a list. */
function namesOf(value: unknown, byId: Map<string, Node>): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  const names: string[] = [];
  for (const item of list) {
    const resolved = resolve(item, byId);
    const name = typeof resolved === 'string' ? resolved : isNode(resolved) ? firstString(resolved.name) : null;
    if (name && name.trim() && !names.includes(name.trim())) names.push(name.trim());
  }
  return names;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How much of `title` (by characters of its words) the words of `candidate` cover, 0..1. */
function coverage(candidate: string, title: string): number {
  const have = new Set(words(candidate));
  const all = words(title);
  const total = all.join('').length;
  return total ? all.filter((w) => have.has(w)).join('').length / total : 0;
}

/**
 * The article's title. `headline` is the schema.org field for it, but some pages put the article's
 * subtitle there (Wikipedia) or their own name in `name` (aktualne.cz): when both are given and
 * differ, the one that covers more of the document's <title> wins.
 */
function titleOf(node: Node, docTitle: string): string | null {
  const headline = firstString(node.headline);
  const name = firstString(node.name);
  if (headline && name && headline.trim() !== name.trim() && coverage(name, docTitle) > coverage(headline, docTitle)) {
    return name;
  }
  return headline ?? name;
}

function dateOf(node: Node | null, key: string): string | null {
  return node ? firstString(node[key]) : null;
}

/** Facts from the page's JSON-LD; every field null when it has none. */
export function readJsonLd(doc: Document): JsonLdFacts {
  const nodes = readNodes(doc);
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);

  const articles = nodes.filter((n) => typesOf(n).some(isArticleType));
  // A page can describe several articles (related links); the one with a headline is the page's.
  const article = articles.find((n) => typeof n.headline === 'string') ?? articles[0] ?? null;
  const page = nodes.find((n) => typesOf(n).some(isPageType)) ?? null;
  const website = nodes.find((n) => typesOf(n).includes('WebSite')) ?? null;
  const main = article ?? page;

  const title = main ? titleOf(main, typeof doc.title === 'string' ? doc.title : '') : null;
  // Only `author`: `creator` on real pages is mostly a user name or a tool ("CC7567").
  const authors = main ? namesOf(main.author, byId) : [];
  const publishers = main ? namesOf(main.publisher, byId) : [];
  const websiteName = website ? firstString(website.name) : null;
  const websiteUrl = website ? firstString(website.url) : null;

  let basedOnUrl: string | null = null;
  let basedOnName: string | null = null;
  if (main) {
    const basedOn = resolve(Array.isArray(main.isBasedOn) ? main.isBasedOn[0] : main.isBasedOn, byId);
    if (typeof basedOn === 'string') basedOnUrl = basedOn;
    else if (isNode(basedOn)) {
      basedOnUrl = firstString(basedOn.url) ?? firstString(basedOn['@id']);
      basedOnName = namesOf(basedOn.publisher, byId)[0] ?? namesOf(basedOn.sourceOrganization, byId)[0] ?? null;
    }
    basedOnUrl ??= firstString(main.isBasedOnUrl);
  }

  const language = main
    ? (firstString(main.inLanguage) ?? (isNode(main.inLanguage) ? firstString(main.inLanguage.name) : null))
    : null;

  return {
    title,
    byline: authors.length ? authors.join(', ') : null,
    site: publishers[0] ?? websiteName,
    published: dateOf(main, 'datePublished') ?? dateOf(page, 'datePublished') ?? dateOf(main, 'dateCreated'),
    modified: dateOf(main, 'dateModified') ?? dateOf(page, 'dateModified'),
    section: main ? firstString(main.articleSection) : null,
    language,
    url: main ? firstString(main.url) : null,
    basedOnUrl,
    basedOnName,
    publisherNames: [...publishers, ...(websiteName ? [websiteName] : [])],
    publisherUrls: [...(main ? urlsOf(main.publisher, byId) : []), ...(websiteUrl ? [websiteUrl] : [])],
  };
}
