// What the index and the matcher read from a text, computed the same way on both sides: term
// frequencies (with a surface form per stem, for display), shingle hashes, and candidate names.
import { initialCase, LOWER, sentenceStart, UPPER } from '../text/terms';
import { idf } from '../text/background';
import { asciiWord, makeRoom, termOf, tokenWord, type LexTerm, type LexWord } from '../text/lexicon';
import { namesWithTitle, type NameOccurrence } from '../text/names';
import { latinLanguage, preferDetected, sampleEnd, scriptLanguage } from '../text/language';
import { stopwordList } from '../text/stopwords';
import { shinglesOfHashes } from '../text/shingles';
import { scanTokens } from '../text/tokenize';

export interface TextProfile {
  /** Term frequency per stem; title terms count twice (a title says what the text is about). */
  tf: Map<string, number>;
  /** The most frequent surface form of each stem: "ceasefire" for "ceasefir". */
  surface: Map<string, string>;
  /** Position of each stem's first occurrence (title first), to break ties toward the lead. */
  first: Map<string, number>;
  /** Number of content terms. */
  length: number;
  /** Distinct 5-word shingle hashes of the body. */
  shingles: number[];
  names: NameOccurrence[];
}

/** Longest text profiled: enough for any article; beyond it a page is not an article. */
export const MAX_PROFILE_CHARS = 200_000;
export const SHINGLE_WORDS = 5;

/**
 * Profiles a text (and its title, which adds terms but no shingles or names). `language` is the one
 * the text states, if any; its terms leave out the stop words of `termLanguage(body, language)`.
 */
export function profileText(body: string, title = '', language?: string | null): TextProfile {
  const text = clip(body);
  const counted = countTerms(text, title, language);
  const tf = new Map<string, number>();
  const first = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const term of counted.terms) {
    tf.set(term.term, term.tf);
    first.set(term.term, term.first);
    // The most frequent form; on a tie, the one written first.
    let best = term.form;
    let bestCount = term.forms;
    if (term.others) for (const [form, n] of term.others) if (n > bestCount) [best, bestCount] = [form, n];
    surface.set(term.term, best);
  }
  return {
    tf,
    surface,
    first,
    length: counted.length,
    shingles: shinglesOfHashes(counted.hashes, SHINGLE_WORDS),
    names: namesWithTitle(title, text),
  };
}

/** What the index keeps of a text: its `limit` most distinctive terms with their frequencies, and the rest of its profile. */
export interface IndexProfile {
  /** As topTermsByPrior(profileText(body, title), limit). */
  terms: string[];
  /** Each top term's frequency, as in the profile's tf. */
  tf: number[];
  length: number;
  shingles: number[];
  names: NameOccurrence[];
}

/**
 * The part of profileText and topTermsByPrior that indexing needs, with the same values: it reads
 * the counts where they were made instead of building the maps a matcher looks terms up in.
 */
export function profileForIndex(body: string, title: string, limit: number, language?: string | null): IndexProfile {
  const text = clip(body);
  const counted = countTerms(text, title, language);
  const count = counted.terms.length;
  const weights = new Float64Array(count);
  const firsts = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const term = counted.terms[i];
    // The prior is the term's for good: kept with it for the next text.
    if (term.prior < 0) term.prior = priorIdf(term.term);
    weights[i] = tfWeight(term.tf) * term.prior;
    firsts[i] = term.first;
  }
  const top = bestTerms(weights, firsts, keptCount(limit, count));
  return {
    terms: Array.from(top, (i) => counted.terms[i].term),
    tf: Array.from(top, (i) => counted.terms[i].tf),
    length: counted.length,
    shingles: shinglesOfHashes(counted.hashes, SHINGLE_WORDS),
    names: namesWithTitle(title, text),
  };
}

function clip(body: string): string {
  return body.length > MAX_PROFILE_CHARS ? body.slice(0, MAX_PROFILE_CHARS) : body;
}

interface CountedTerms {
  /** The terms in order of first occurrence (title first), their counts in their scratch fields. */
  terms: LexTerm[];
  /** Number of content terms. */
  length: number;
  /** FNV hash of each word of the body, for its shingles. */
  hashes: number[];
}

/** Serial of the last count made, which stamps its terms' scratch fields. */
let counts = 0;

/**
 * The same terms, in the same order, as termsOfTokens on each of title and body, counted. Each word
 * is looked up once in the lexicon, which knows its hash and its terms, and counts go to the terms'
 * scratch fields (stamped with this count) rather than to maps keyed by strings. The scratch holds
 * until the next count: callers read it at once.
 */
function countTerms(text: string, title: string, stated: string | null | undefined): CountedTerms {
  makeRoom();
  // The title's words, with what the title says of their case, noted before the body's words are
  // read (which stamps the words' case evidence anew).
  const titleWords = title ? readWords(title.slice(0, 1000)) : null;
  const titleNames = titleWords?.words.map(
    (word) => word.capitalizedIn === titleWords.serial && word.lowerIn !== titleWords.serial,
  );
  // The body's words tell its language (as termLanguage would, without reading them twice).
  const sample = sampleEnd(text);
  const body = readWords(text, sample);
  const script = scriptLanguage(text.slice(0, sample));
  const stopwords = stopwordList(
    preferDetected(script === 'latin' ? latinLanguage(body.words, body.sampleWords) : script, stated),
  );
  const serial = ++counts;
  const terms: LexTerm[] = [];
  let position = 0;
  const count = (words: TextWords, weight: number, names?: boolean[]) => {
    for (let k = 0; k < words.words.length; k++) {
      const word = words.words[k];
      if (word.debris || (word.stop & stopwords) !== 0) continue;
      // A word the text capitalizes mid-sentence and never writes in lower case is a name there.
      const name = names ? names[k] : word.capitalizedIn === words.serial && word.lowerIn !== words.serial;
      const term = termOf(word, name);
      if (term === null || (term.stop & stopwords) !== 0) continue;
      if (term.profile !== serial) {
        term.profile = serial;
        term.tf = weight;
        term.first = position;
        // Most stems are written one way in a text: keep that form and its count, and a tally of
        // forms only for the stems written more than one way.
        term.form = word.surface;
        term.forms = 1;
        term.others = null;
        terms.push(term);
      } else {
        term.tf += weight;
        if (term.form === word.surface) term.forms++;
        else {
          term.others ??= new Map();
          term.others.set(word.surface, (term.others.get(word.surface) ?? 0) + 1);
        }
      }
      position++;
    }
  };
  if (titleWords) count(titleWords, 2, titleNames);
  count(body, 1);
  return { terms, length: position, hashes: body.hashes };
}

/** Serial of the last text read, which stamps its words' capitalization evidence. */
let texts = 0;

interface TextWords {
  words: LexWord[];
  hashes: number[];
  serial: number;
  /** How many of the words end within the first `sample` characters. */
  sampleWords: number;
}

/**
 * The words of a text in order, each marked with what the text says of its case: capitalized
 * mid-sentence, or written in lower case (as termsOfTokens decides it).
 */
function readWords(text: string, sample = text.length): TextWords {
  const serial = ++texts;
  const words: LexWord[] = [];
  const hashes: number[] = [];
  let previousEnd = 0;
  let sampleWords = 0;
  const note = (word: LexWord, start: number, end: number) => {
    if (end <= sample) sampleWords++;
    const letter = initialCase(text, start);
    if (letter === UPPER) {
      if (words.length > 0 && !sentenceStart(text, previousEnd, start)) word.capitalizedIn = serial;
    } else if (letter === LOWER) word.lowerIn = serial;
    words.push(word);
    hashes.push(word.hash);
    previousEnd = end;
  };
  scanTokens(
    text,
    (start, end) => note(asciiWord(text, start, end), start, end),
    (token, start, end) => note(tokenWord(token), start, end),
  );
  return { words, hashes, serial, sampleWords };
}

/** Weight of a term frequency: sublinear, so a word said ten times is not ten times the evidence. */
export function tfWeight(tf: number): number {
  return tf > 0 ? 1 + Math.log(tf) : 0;
}

/** Idf from the background prior alone: what is distinctive in news in general. */
export function priorIdf(term: string): number {
  return idf(term, 0, 0);
}

/**
 * The text's most distinctive terms by tf × prior idf, ties broken toward the start of the text.
 * Independent of the corpus, so an article's index entry never depends on what came before it.
 * `skip` leaves terms out (a match's query leaves out those the corpus finds too common).
 */
export function topTermsByPrior(profile: TextProfile, limit: number, skip?: (term: string) => boolean): string[] {
  const terms: string[] = [];
  const weights = new Float64Array(profile.tf.size);
  const firsts = new Float64Array(profile.tf.size);
  let i = 0;
  for (const [term, tf] of profile.tf) {
    if (skip?.(term)) continue;
    terms[i] = term;
    weights[i] = tfWeight(tf) * priorIdf(term);
    firsts[i] = profile.first.get(term) ?? 0;
    i++;
  }
  const count = terms.length;
  return Array.from(
    bestTerms(weights.subarray(0, count), firsts.subarray(0, count), keptCount(limit, count)),
    (k) => terms[k],
  );
}

/**
 * Indices of the `take` best terms, by weight then first position, in that order (as a stable sort
 * of all of them would give). They are kept in order as they come, by binary insertion after any
 * equal: once the list is full most terms fall below its last, and the few hundred terms of a text
 * are never sorted.
 */
function bestTerms(weights: Float64Array, firsts: Float64Array, take: number): Int32Array {
  const better = (a: number, b: number) =>
    weights[a] > weights[b] || (weights[a] === weights[b] && firsts[a] < firsts[b]);
  const best = new Int32Array(take);
  let size = 0;
  for (let k = 0; k < weights.length && take > 0; k++) {
    if (size === take && !better(k, best[size - 1])) continue;
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(k, best[mid])) hi = mid;
      else lo = mid + 1;
    }
    if (size < take) size++;
    for (let j = size - 1; j > lo; j--) best[j] = best[j - 1];
    best[lo] = k;
  }
  return best;
}

/** How many of `count` items `slice(0, limit)` keeps. */
function keptCount(limit: number, count: number): number {
  const end = Math.trunc(limit) || 0;
  return end < 0 ? Math.max(0, count + end) : Math.min(end, count);
}
