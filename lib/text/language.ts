// The language of a text that does not state it, guessed from the text itself: the script first,
// then, for the Latin script, which language's function words it is written with (the stop-word
// lists of ./stopwords.ts: English, French, German, Spanish, Italian, Portuguese, Dutch). Too little
// text, or words that no list accounts for, give "und": unknown stays unknown, never a guess
// dressed as fact.
import { asciiWord, makeRoom, tokenWord, type LexWord } from './lexicon';
import { LATIN_LANGUAGES, languageBit } from './stopwords';
import { scanTokens } from './tokenize';

/** Characters read: enough to tell any article's language. */
const SAMPLE_CHARS = 20_000;
/** Fewer words than this say too little: a headline, a selection of a few words. */
export const MIN_WORDS = 12;
/** At least this share of the words must be function words of the language found. */
const MIN_SHARE = 0.2;
/** The language found must score this many times the next one. */
const MIN_LEAD = 2;

const LATIN = LATIN_LANGUAGES.map((language) => ({ language, bit: languageBit(language) }));
const LATIN_MASK = LATIN.reduce((mask, l) => mask | l.bit, 0);
/** For each combination of Latin languages, how many they are (a word's share of its vote). */
const SHARE = new Float64Array(LATIN_MASK + 1);
for (let mask = 1; mask <= LATIN_MASK; mask++) {
  let n = 0;
  for (const l of LATIN) if (mask & l.bit) n++;
  SHARE[mask] = n ? 1 / n : 0;
}

/**
 * The Latin-script language whose function words the words are, or "und". Each word counts for
 * the languages that list it, shared among them: "de" is French, Spanish, Portuguese and Dutch, so
 * it counts a quarter to each, while "the", "und" and "het" count whole.
 */
export function latinLanguage(words: readonly LexWord[], count = words.length): string {
  const scores = new Float64Array(LATIN.length);
  const hits = new Uint32Array(LATIN.length);
  let read = 0;
  for (let k = 0; k < count; k++) {
    const word = words[k];
    if (word.numeric) continue;
    read++;
    const mask = word.cue & LATIN_MASK;
    if (mask === 0) continue;
    const share = SHARE[mask];
    for (let i = 0; i < LATIN.length; i++) {
      if (mask & LATIN[i].bit) {
        scores[i] += share;
        hits[i]++;
      }
    }
  }
  if (read < MIN_WORDS) return 'und';
  let best = 0;
  let second = -1;
  for (let i = 1; i < LATIN.length; i++) {
    if (scores[i] > scores[best]) {
      second = best;
      best = i;
    } else if (second < 0 || scores[i] > scores[second]) second = i;
  }
  if (hits[best] < read * MIN_SHARE) return 'und';
  if (scores[best] < scores[second] * MIN_LEAD) return 'und';
  return LATIN[best].language;
}

/**
 * Where the sample of a text read for its language ends: at most SAMPLE_CHARS, cut at a space so
 * that the sample's words are the first words of the whole text.
 */
export function sampleEnd(text: string): number {
  if (text.length <= SAMPLE_CHARS) return text.length;
  const space = text.lastIndexOf(' ', SAMPLE_CHARS);
  return space > 0 ? space : SAMPLE_CHARS;
}

/**
 * The language the script of a sample tells: "ar", "fa", "ru", "zh", "ja", "ko", "he"; "latin" for
 * the Latin script, which its words must tell apart; "und" for too few letters.
 */
export function scriptLanguage(sample: string): string {
  let latin = 0,
    arabic = 0,
    persian = 0,
    cyrillic = 0,
    han = 0,
    kana = 0,
    hangul = 0,
    hebrew = 0;
  // Every script counted lies in the Basic Multilingual Plane: UTF-16 units are code points there.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if (c >= 0x600 && c <= 0x6ff) {
      arabic++;
      if (c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af || c === 0x6cc) persian++;
    } else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x590 && c <= 0x5ff) hebrew++;
  }
  const counts: Array<[string, number]> = [
    ['latin', latin],
    ['arabic', arabic],
    ['cyrillic', cyrillic],
    ['han', han + kana],
    ['hangul', hangul],
    ['hebrew', hebrew],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  const [script, n] = counts[0];
  if (n < 20) return 'und';
  switch (script) {
    case 'arabic':
      return persian > arabic * 0.02 ? 'fa' : 'ar';
    case 'cyrillic':
      return 'ru';
    case 'han':
      return kana > 0 ? 'ja' : 'zh';
    case 'hangul':
      return 'ko';
    case 'hebrew':
      return 'he';
  }
  return 'latin';
}

/** A BCP 47 primary tag for the text's language, or "und" when the text does not tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, sampleEnd(text));
  const script = scriptLanguage(sample);
  if (script !== 'latin') return script;
  // The words through the lexicon, which knows each word's languages once it has met it.
  makeRoom();
  const words: LexWord[] = [];
  scanTokens(
    sample,
    (start, end) => words.push(asciiWord(sample, start, end)),
    (token) => words.push(tokenWord(token)),
  );
  return latinLanguage(words);
}

/**
 * The language whose stop words a text's terms leave out: the one its words show, else the one it
 * states (a page's `lang`, an article's "Language:"), else "und". The words come first because a
 * site's template often states one language for every page. Index and match both decide this way,
 * from the same text, so a republished copy and its original get the same terms.
 */
export function termLanguage(text: string, stated?: string | null): string {
  return preferDetected(detectLanguage(text), stated);
}

/** The detected language, else the stated one, else "und" (termLanguage's rule). */
export function preferDetected(detected: string, stated: string | null | undefined): string {
  if (detected !== 'und') return detected;
  return stated && stated.trim() ? stated : 'und';
}
