// The content words of a text as stems: tokens without stop words, numbers and one-letter debris,
// each folded by the stemmer. Keeps the surface form beside each stem so explanations can show
// "ceasefire" rather than "ceasefir". Stop words are the text's language's (see termLanguage).
import { isStopword, stopwordList } from './stopwords';
import { termLanguage } from './language';
import { stem } from './stem';
import { isNumeric, tokenize, type Token } from './tokenize';
import { gapEndsSentence, SENTENCE_MARKS } from './sentence-gap';

export interface Term {
  term: string;
  /** The token as it stood (normalized, lower case), for display. */
  surface: string;
}

const UPPER_START = /^\p{Lu}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The content terms of `text`, in order, with their surface forms. `language` (a BCP 47 tag) is the
 * one whose stop words are left out; by default, the one `termLanguage` finds for the text.
 */
export function analyzeTerms(text: string, language?: string | null): Term[] {
  return termsOfTokens(text, tokenize(text), language);
}

/** The content terms of tokens already read from `text` (so a caller tokenizes once). */
export function termsOfTokens(text: string, tokens: Token[], language?: string | null): Term[] {
  const list = stopwordList(language ?? termLanguage(text));
  // A word the text capitalizes mid-sentence and never writes in lower case is a name there:
  // it is stemmed as a name everywhere in this text, so "Hamas" never loses its s.
  const capitalized = new Set<string>();
  const lower = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const letter = initialCase(text, t.start);
    if (letter === UPPER) {
      if (i > 0 && !sentenceStart(text, tokens[i - 1].end, t.start)) capitalized.add(t.token);
    } else if (letter === LOWER) lower.add(t.token);
  }
  const out: Term[] = [];
  for (const t of tokens) {
    const token = t.token;
    if (isNumeric(token) || isStopword(token, list)) continue;
    if (token.length < 2 && !CJK.test(token)) continue;
    const name = capitalized.has(token) && !lower.has(token);
    const term = stem(token, { name });
    if (term.length < 2 && !CJK.test(term)) continue;
    if (isStopword(term, list)) continue;
    out.push({ term, surface: token.endsWith("'s") ? token.slice(0, -2) : token });
  }
  return out;
}

/** The content terms (stems) of `text`, in order, without the stop words of `language` (by default, the text's). */
export function terms(text: string, language?: string | null): string[] {
  return analyzeTerms(text, language).map((t) => t.term);
}

/** What a token's first character is: a capital, a lower-case letter, or neither (a digit, a CJK character). */
export const UPPER = 1;
export const LOWER = 2;

/** UPPER, LOWER or 0 for the character that starts a token at `start`. */
export function initialCase(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90 ? UPPER : code >= 97 && code <= 122 ? LOWER : 0;
  const first = text[start];
  if (UPPER_START.test(first)) return UPPER;
  return first.toLowerCase() === first && first.toUpperCase() !== first ? LOWER : 0;
}

/** Whether the gap between two tokens ends a sentence or a line. */
export function sentenceStart(text: string, from: number, to: number): boolean {
  // The usual gap, one space, continues the sentence.
  if (to - from === 1 && text.charCodeAt(from) === 32) return false;
  return gapEndsSentence(text, from, to, SENTENCE_MARKS);
}
