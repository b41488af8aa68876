// Rescoring one candidate article against the page: how alike their distinctive words are (cosine
// of tf-idf vectors), how much wording they share (shingle containment both ways), which names they
// share, and how far apart their dates are. Pure: everything it needs is passed in.
import { estimateOverlap, type Overlap } from '../text/minhash';
import { placeOf } from '../text/gazetteer';
import { stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { DocRecord } from '../store/index-records';
import { daysBetween, type ReferredDistance } from './dates';
import { tfWeight, type TextProfile } from './text-profile';

/** A page ready to be compared: its profile, its term weights and the idf in force. */
export interface PageVector {
  profile: TextProfile;
  /** tf-idf weight of each page term. */
  weights: Map<string, number>;
  norm: number;
  /** Current idf of a term (from the corpus when looked up, estimated otherwise). */
  idf: (term: string) => number;
  /** Idf of a term found in one document only: the most a term can weigh now. */
  maxIdf: number;
  published: string | null;
}

export interface CandidateFeatures {
  cosine: number;
  overlap: Overlap;
  /** Shared terms with their contribution to the cosine, largest first. */
  terms: Array<{ term: string; weight: number }>;
  /** Shared names as the page writes them, with their weight (0..1, rarer names weigh more). */
  names: Array<{ text: string; weight: number }>;
  daysApart: number | null;
  /** How far the dates are to be trusted: 1 for stated dates, less when one is estimated from the text. */
  dateConfidence?: number;
  /**
   * Days from the article's date to the days the page refers to ("last week", "on Monday"), when
   * nearer than its own date: a follow-up days later that reports news of the article's days.
   */
  referred?: ReferredDistance;
  /** Whether the page republishes the article: whole, excerpted, or in other furniture. */
  copy: boolean;
}

/** Containment from which a page is taken to republish (part of) an article. */
export const COPY_CONTAINMENT = 0.3;
/** Fewest sampled page shingles for the page-side containment to be trusted. */
export const MIN_COPY_SAMPLE = 5;

export function candidateFeatures(page: PageVector, doc: DocRecord, pageShingles: number[]): CandidateFeatures {
  let dot = 0;
  let docNormSquared = 0;
  const terms: CandidateFeatures['terms'] = [];
  // The article's vector is weighed with the idf in force now, the same as the page's.
  doc.terms.forEach((term, i) => {
    const wd = tfWeight(doc.tf[i]) * page.idf(term);
    docNormSquared += wd * wd;
    const wq = page.weights.get(term);
    if (wq === undefined) return;
    dot += wq * wd;
    terms.push({ term, weight: wq * wd });
  });
  terms.sort((a, b) => b.weight - a.weight);
  const docNorm = Math.sqrt(docNormSquared);
  const cosine = page.norm > 0 && docNorm > 0 ? Math.min(1, dot / (page.norm * docNorm)) : 0;
  const overlap = estimateOverlap(pageShingles, doc.sketch, doc.shingles);
  const copy =
    (overlap.pageInArticle >= COPY_CONTAINMENT && overlap.sample >= MIN_COPY_SAMPLE) ||
    overlap.articleInPage >= COPY_CONTAINMENT ||
    overlap.resemblance >= COPY_CONTAINMENT;
  const names: CandidateFeatures['names'] = [];
  const namedInDoc = nameMatcher(doc.names);
  let partOfDoc: ((key: string) => string | null) | null = null;
  const shared: string[] = [];
  for (const name of page.profile.names) {
    if (namedInDoc(name.key)) {
      names.push({ text: name.text, weight: nameWeight(page, name.key) });
      shared.push(name.key);
      continue;
    }
    partOfDoc ??= namePartMatcher(doc.names);
    const part = partOfDoc(name.key);
    if (part !== null) {
      names.push({ text: name.text, weight: nameWeight(page, part) });
      shared.push(part);
    }
  }
  // A region one text names through a city in it ("Baltimore" in "Maryland") counts as a shared name.
  for (const region of sharedRegions(pageRegions(page), doc.names, shared))
    names.push({ text: region.text, weight: REGION_WEIGHT * nameWeight(page, region.key) });
  names.sort((a, b) => b.weight - a.weight);
  return { cosine, overlap, terms, names, daysApart: daysBetween(page.published, doc.published), copy };
}

/**
 * Whether a name is one of an article's, as `sameName` decides (equal, or one is the other's last
 * word), in constant time a name: a page's names are tried against each candidate's (up to INDEX_NAMES).
 */
export function nameMatcher(docNames: string[]): (key: string) => boolean {
  const whole = new Set(docNames);
  const lastWords = new Set<string>();
  const places = new Set<string>();
  for (const name of docNames) {
    const space = name.lastIndexOf(' ');
    if (space >= 0) lastWords.add(name.slice(space + 1));
    else for (const form of placeForms(name)) places.add(form);
  }
  return (key) => {
    if (whole.has(key)) return true;
    const space = key.lastIndexOf(' ');
    if (space >= 0) return whole.has(key.slice(space + 1));
    // "Slovak" names the same country as "Slovakia", "Iranian" as "Iran".
    return lastWords.has(key) || placeForms(key).some((form) => places.has(form));
  };
}

/**
 * What a longer name shares with an article that does not name it: a country or place inside it
 * ("China National Space Administration" and "China", "Gaza Strip" and "Gaza"), the word it is
 * weighed by. Null when none.
 */
export function namePartMatcher(docNames: string[]): (key: string) => string | null {
  const places = new Set<string>();
  for (const name of docNames) if (!name.includes(' ')) for (const form of placeForms(name)) places.add(form);
  return (key) => {
    const words = key.split(' ');
    if (words.length === 1) return null;
    return words.find((word) => word.length >= 4 && placeForms(word).some((form) => places.has(form))) ?? null;
  };
}

/**
 * Share of a name's weight a region counts for when both texts name it, one only through a city in
 * it ("Maryland" and "Baltimore"). Measured on the development set: at 1 it finds one related page
 * more with no wrong match; at 0.9 or less it finds none. The country both texts name, one only
 * through a place in it ("Ukraine" and "Kyiv"), is not counted at all: at a third of a name's weight
 * it changed nothing, at 0.4 or more it lifted the next candidate more than the right one.
 */
export const REGION_WEIGHT = 1;

/** The regions a text's names speak of: each named outright (null) or through a city in it (its key). */
function regionsOf(keys: Iterable<string>): Map<string, string | null> {
  const regions = new Map<string, string | null>();
  for (const key of keys) {
    const place = placeOf(key);
    if (!place) continue;
    const via = place.kind === 'region' ? null : key;
    if (!regions.has(place.region) || via === null) regions.set(place.region, via);
  }
  return regions;
}

const pageRegionsOf = new WeakMap<PageVector, Map<string, string | null>>();

function pageRegions(page: PageVector): Map<string, string | null> {
  let regions = pageRegionsOf.get(page);
  if (!regions) pageRegionsOf.set(page, (regions = regionsOf(page.profile.names.map((n) => n.key))));
  return regions;
}

/**
 * The regions both texts name where one names it only through a city in it ("Maryland" and
 * "Baltimore"), as the region is shown: "Maryland (Baltimore)". One a shared name already places
 * (both name Baltimore) adds nothing.
 */
function sharedRegions(
  page: Map<string, string | null>,
  docNames: string[],
  shared: string[],
): Array<{ key: string; text: string }> {
  if (page.size === 0) return [];
  const doc = regionsOf(docNames);
  if (doc.size === 0) return [];
  let placed: Map<string, string | null> | null = null;
  const out: Array<{ key: string; text: string }> = [];
  for (const [region, pageVia] of page) {
    if (!doc.has(region)) continue;
    // One text names the region outright, the other only a city in it: two cities of one region
    // ("Houston" and "Dallas") are not one place.
    const docVia = doc.get(region)!;
    if ((pageVia === null) === (docVia === null)) continue;
    const via = pageVia ?? docVia!;
    placed ??= regionsOf(shared);
    if (placed.has(region)) continue;
    out.push({ key: region, text: `${titled(region)} (${titled(via)})` });
  }
  return out;
}

/** A key as a name is written: "new york" to "New York". */
function titled(key: string): string {
  return key.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Endings of a people's or a country's name ("Syrian", "Syria"; "Japanese", "Japan"; "Swedish", "Sweden"). */
const PLACE_ENDINGS = ['ese', 'ian', 'ean', 'ish', 'an', 'en', 'ia', 'i', 'a', 'e', 'n', 'o'];

/**
 * A one-word name and its forms without a people's or country's ending, four letters or more: two
 * names that share a form name the same country ("Iranian" and "Iran", "Slovak" and "Slovakia").
 */
export function placeForms(word: string): string[] {
  const forms = [word];
  for (const ending of PLACE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) forms.push(word.slice(0, -ending.length));
  }
  return forms;
}

const nameWeights = new WeakMap<PageVector, Map<string, number>>();

/** How telling a shared name is: the idf of its rarest word, against the rarest possible. */
function nameWeight(page: PageVector, key: string): number {
  let known = nameWeights.get(page);
  if (!known) nameWeights.set(page, (known = new Map()));
  let weight = known.get(key);
  if (weight === undefined) {
    let best = 0;
    for (const { token } of tokenize(key)) best = Math.max(best, page.idf(stem(token, { name: true })));
    weight = page.maxIdf > 0 ? Math.min(1, best / page.maxIdf) : 0;
    known.set(key, weight);
  }
  return weight;
}

/**
 * Text similarity at which a candidate counts as fully alike in words. Coverage of one event by
 * another outlet, written in its own words, rarely reaches a cosine of 0.3 (tests/fixtures/match-dev).
 */
const COSINE_FULL = 0.3;
/** Sum of shared names' weights at which the names count fully: one rare shared name is strong evidence. */
const NAMES_FULL = 1;

/**
 * Weights of the reasons in the score of separate coverage. They sum to under 1: the rest is the
 * lead the best candidate has over the next (MARGIN_WEIGHT), which is what tells coverage of one
 * event from news that only shares its vocabulary.
 */
export const SCORE_WEIGHTS = { text: 0.41, names: 0.12, figures: 0.06 } as const;

/** Share of its lead over the next candidate added to the best candidate's score. */
export const MARGIN_WEIGHT = 0.5;

/** Days apart within which dates say nothing against a match. */
export const SAME_NEWS_DAYS = 3;

/** How much dates lower a score: not within a few days, and down to half two months apart. */
export function dateFactor(days: number | null, confidence = 1): number {
  if (days === null || days <= SAME_NEWS_DAYS) return 1;
  const full = Math.max(0.5, 1 - (days - SAME_NEWS_DAYS) / 60);
  // An estimated date (implied by the text) counts for part of its effect.
  return 1 - (1 - full) * Math.max(0, Math.min(1, confidence));
}

/**
 * The score of a candidate (0..1) before the margin. Separate coverage: mostly the words, then names
 * and figures, lowered when the dates lie weeks apart. A republished copy scores by how much it contains.
 */
export function candidateScore(features: CandidateFeatures, sharedFigureCount: number): number {
  const text = Math.min(1, features.cosine / COSINE_FULL);
  const nameSum = features.names.reduce((sum, n) => sum + n.weight, 0);
  const names = Math.min(1, nameSum / NAMES_FULL);
  const figures = Math.min(1, sharedFigureCount / 2);
  const { daysApart, referred } = features;
  const days = referred && daysApart !== null ? Math.min(daysApart, referred.days) : daysApart;
  const alike = SCORE_WEIGHTS.text * text + SCORE_WEIGHTS.names * names + SCORE_WEIGHTS.figures * figures;
  let score = alike * dateFactor(days, features.dateConfidence ?? 1);
  if (features.copy) {
    const o = features.overlap;
    const contained = Math.max(o.sample >= MIN_COPY_SAMPLE ? o.pageInArticle : 0, o.articleInPage, o.resemblance);
    score = Math.max(score, 0.7 + 0.3 * Math.min(1, contained));
  }
  return Math.max(0, Math.min(1, score));
}

/** The best candidate's score with its lead over the next added (`next` 0 when it is alone). */
export function withMargin(best: number, next: number): number {
  return Math.min(1, best + MARGIN_WEIGHT * Math.max(0, best - next));
}

/** The most a candidate can gain from figures, to decide whose figures are worth loading. */
export const MAX_FIGURE_GAIN = SCORE_WEIGHTS.figures;
