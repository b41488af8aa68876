// Outlet profiles: reads `seeds/outlets.json` (or an imported copy) strictly, and finds the profile an
// article's publisher name, abbreviation or address refers to. Matching is exact after normalizing,
// never fuzzy: "Press TV website" is Press TV, "the Qatari-based news outlet" is nobody.
import { lowerCase } from '../text/lower-case';
import type { Fact, OutletProfile, OutletRef } from '../types';

const PROFILE_KEYS = [
  'id',
  'names',
  'domains',
  'country',
  'ownership',
  'affiliation',
  'articleUrlPattern',
  'description',
];
const FACT_KEYS = ['country', 'ownership', 'affiliation', 'articleUrlPattern', 'description'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** Thrown when outlets.json does not have the shape of `OutletProfile[]`; the message names outlet and field. */
export class OutletsError extends Error {
  constructor(message: string) {
    super(`outlets.json: ${message}`);
    this.name = 'OutletsError';
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isText(x: unknown): x is string {
  return typeof x === 'string' && x.trim().length > 0;
}

function readFact(raw: unknown, where: string, field: string): Fact | null {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw)) throw new OutletsError(`${where}: field "${field}" must be null or { "value", "ref" }`);
  for (const key of Object.keys(raw)) {
    if (key !== 'value' && key !== 'ref')
      throw new OutletsError(`${where}: field "${field}" has an unknown key "${key}"`);
  }
  if (!isText(raw.value)) throw new OutletsError(`${where}: field "${field}.value" must be a non-empty string`);
  // A fact without a checkable reference is exactly what the file must not hold.
  if (!isText(raw.ref))
    throw new OutletsError(`${where}: field "${field}.ref" must be a non-empty string (an address or citation)`);
  return { value: raw.value, ref: raw.ref };
}

function readStrings(raw: unknown, where: string, field: string, allowEmpty: boolean): string[] {
  if (!Array.isArray(raw)) throw new OutletsError(`${where}: field "${field}" must be an array of strings`);
  if (!allowEmpty && raw.length === 0) throw new OutletsError(`${where}: field "${field}" must not be empty`);
  raw.forEach((item, i) => {
    if (!isText(item)) throw new OutletsError(`${where}: field "${field}[${i}]" must be a non-empty string`);
  });
  return raw as string[];
}

function readProfile(raw: unknown, index: number): OutletProfile {
  if (!isRecord(raw)) throw new OutletsError(`outlet #${index} must be an object`);
  const firstName: unknown = Array.isArray(raw.names) ? raw.names[0] : undefined;
  const label = isText(raw.id) ? raw.id : isText(firstName) ? firstName : null;
  const where = label ? `outlet "${label}" (#${index})` : `outlet #${index}`;
  for (const key of Object.keys(raw)) {
    // Unknown keys are refused so that a misspelt fact ("ownrship") cannot silently vanish.
    if (!PROFILE_KEYS.includes(key)) throw new OutletsError(`${where}: unknown field "${key}"`);
  }
  if (!isText(raw.id) || !ID.test(raw.id)) {
    throw new OutletsError(`${where}: field "id" must be lower-case words joined by hyphens, like "press-tv"`);
  }
  const names = readStrings(raw.names, where, 'names', false);
  const domains = readStrings(raw.domains, where, 'domains', true);
  domains.forEach((d, i) => {
    if (!DOMAIN.test(d))
      throw new OutletsError(
        `${where}: field "domains[${i}]" must be a bare lower-case domain like "presstv.ir", not "${d}"`,
      );
  });
  const facts = {} as Record<(typeof FACT_KEYS)[number], Fact | null>;
  for (const key of FACT_KEYS) facts[key] = readFact(raw[key], where, key);
  const pattern = facts.articleUrlPattern;
  if (pattern && (!pattern.value.includes('{id}') || !/^https?:\/\//.test(pattern.value))) {
    throw new OutletsError(`${where}: field "articleUrlPattern.value" must be an http(s) address containing "{id}"`);
  }
  return { id: raw.id, names, domains, ...facts };
}

/** Validates the contents of outlets.json (`{ outlets: [...] }` or a bare array) into profiles. */
export function loadOutlets(json: unknown): OutletProfile[] {
  const list = Array.isArray(json) ? json : isRecord(json) ? json.outlets : undefined;
  if (!Array.isArray(list)) throw new OutletsError('expected an object with an "outlets" array');
  const profiles = list.map(readProfile);
  const seen = new Set<string>();
  for (const p of profiles) {
    if (seen.has(p.id)) throw new OutletsError(`outlet "${p.id}": field "id" is used by two outlets`);
    seen.add(p.id);
  }
  return profiles;
}

// Words a text adds around an outlet's name that do not change which outlet it is.
const LEADING = /^(?:the)\s+/;
const TRAILING =
  /\s+(?:website|web site|site|online|news website|tv channel|channel|network|newspaper|daily|news outlet|outlet)$/;

/** Whether a name is plain words (ASCII letters and digits) with single spaces between them. */
function isPlainName(name: string): boolean {
  if (name.length === 0 || name.charCodeAt(0) === 32 || name.charCodeAt(name.length - 1) === 32) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (
      c === 32
        ? name.charCodeAt(i + 1) === 32
        : !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))
    )
      return false;
  }
  return true;
}

/** Lower case, straight apostrophes, no possessive, hyphens and dots as spaces: "Al-Jazeera’s" → "al jazeera". */
function normalizeName(name: string): string {
  // Most names a text is searched for ("Press TV website") have nothing to normalize but their case.
  if (isPlainName(name)) return lowerCase(name);
  return name
    .toLowerCase()
    .replace(/[’ʼ]/g, "'")
    .replace(/'s\b|'(?=\s|$)/g, '')
    .replace(/[-‐.]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The host of an address or domain, lower case, without "www.": "https://en.mehrnews.com/x" → "en.mehrnews.com". */
export function hostOf(domainOrUrl: string): string {
  const host =
    domainOrUrl
      .trim()
      .toLowerCase()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .split(/[/?#:]/, 1)[0] ?? '';
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

function findByDomain(profiles: OutletProfile[], domain: string): OutletProfile | null {
  const host = hostOf(domain);
  if (!host) return null;
  for (const p of profiles) {
    if (p.domains.some((d) => host === d || host.endsWith(`.${d}`))) return p;
  }
  return null;
}

// Profiles are read far more often than they change: their normalized names are indexed once per list.
const nameIndexes = new WeakMap<OutletProfile[], Map<string, OutletProfile>>();

function nameIndex(profiles: OutletProfile[]): Map<string, OutletProfile> {
  let index = nameIndexes.get(profiles);
  if (!index) {
    index = new Map();
    for (const p of profiles) {
      for (const n of p.names) {
        const key = normalizeName(n).replace(LEADING, '');
        if (!index.has(key)) index.set(key, p);
      }
    }
    nameIndexes.set(profiles, index);
  }
  return index;
}

/**
 * Whether a name starting with this word could name a profiled outlet: a cheap test that spares
 * scanning code a full lookup for every capitalized word of a text.
 */
export function mayNameOutlet(profiles: OutletProfile[], firstWord: string): boolean {
  let words = firstWordSets.get(profiles);
  if (!words) {
    words = new Set();
    for (const key of nameIndex(profiles).keys()) words.add(key.split(' ')[0]!);
    words.add('the');
    firstWordSets.set(profiles, words);
  }
  const lower = lowerCase(firstWord);
  let end = 0;
  while (end < lower.length && !isNameBreak(lower.charCodeAt(end))) end++;
  return words.has(end === lower.length ? lower : lower.slice(0, end));
}

/** The characters that end the first word of a name: "-‐.'’" and the space. */
function isNameBreak(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x20;
}

const firstWordSets = new WeakMap<OutletProfile[], Set<string>>();

function findByName(profiles: OutletProfile[], name: string): OutletProfile | null {
  const index = nameIndex(profiles);
  const key = normalizeName(name).replace(LEADING, '');
  return index.get(key) ?? index.get(key.replace(TRAILING, '')) ?? null;
}

/** The profile a publisher's name ("MNA", "Press TV website") or address ("en.mehrnews.com") refers to. */
export function findOutlet(
  profiles: OutletProfile[],
  query: { name?: string | null; domain?: string | null },
): OutletProfile | null {
  if (query.domain) {
    const byDomain = findByDomain(profiles, query.domain);
    if (byDomain) return byDomain;
  }
  if (query.name && query.name.trim()) return findByName(profiles, query.name);
  return null;
}

/** A reference to the outlet an article names, with its profile id when a profile is known. */
export function outletRef(profiles: OutletProfile[], name: string, domain?: string | null): OutletRef {
  const profile = findOutlet(profiles, { name, domain });
  const host = domain ? hostOf(domain) : '';
  return {
    name: profile?.names[0] ?? name.trim(),
    domain: host || (profile?.domains[0] ?? null),
    profileId: profile?.id ?? null,
  };
}

/** The address of the outlet's article with this number, or null when the outlet has no such pattern. */
export function articleUrl(profile: OutletProfile, outletArticleId: string): string | null {
  const pattern = profile.articleUrlPattern?.value;
  const id = outletArticleId.trim();
  // Only plain article numbers are spliced in, so a crafted id cannot redirect the address elsewhere.
  if (!pattern || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  return pattern.replace('{id}', id);
}
