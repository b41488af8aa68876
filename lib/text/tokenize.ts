// Splits text into word tokens with their offsets, the one tokenizer behind terms, shingles and names.
// Unicode-aware (any script's letters and digits), case-folded and NFKC-normalized, so "Netanyahu’s",
// "ＧＡＺＡ" and "غزة" all become comparable tokens; Chinese and Japanese, written without spaces,
// become overlapping character bigrams so that a two-character word still matches.
import { isDigit } from './char-class';

export interface Token {
  /** The normalized token: NFKC, lower case, straight apostrophe, Latin accents and Arabic vowel marks removed. */
  token: string;
  /** Offsets in the original text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

// A word is a run of letters, marks and digits; an apostrophe joins two letter runs ("Kana'ani",
// "don't"), a dot or comma joins two digit runs ("31,000", "2.4"). One pass, one decision per
// character, so time is linear on any input.

// Scripts written without spaces between words.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}'.,]+$/u;
const COMBINING = /\p{M}/gu;
// Arabic harakat, superscript alef and tatweel: optional in writing, so dropped for matching.
const ARABIC_OPTIONAL = /[\u064B-\u065F\u0670\u0640]/g;
const JOINERS = /[\u200C\u200D]/g;

const ASCII_WORD = /^[A-Za-z0-9'.,]+$/;

/** Folds one raw word to its comparable form. */
export function normalizeWord(raw: string): string {
  // Most words of most pages are plain ASCII: no normalization to do beyond case.
  if (ASCII_WORD.test(raw)) return raw.toLowerCase();
  let word = raw.normalize('NFKC').toLowerCase().replace(/[’ʼ]/g, "'").replace(JOINERS, '');
  if (LATIN_ONLY.test(word)) word = word.normalize('NFD').replace(COMBINING, '').normalize('NFC');
  else word = word.replace(ARABIC_OPTIONAL, '');
  return word;
}

/** The word tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanTokens(
    text,
    (start, end) => out.push({ token: text.slice(start, end).toLowerCase(), start, end }),
    (token, start, end) => out.push({ token, start, end }),
  );
  return out;
}

/**
 * Reads the tokens of `text` in order without building Token objects, for callers that look each
 * word up rather than keep it (the text profile). A plain ASCII word is reported by its offsets
 * alone, `onAscii(start, end)`: its token is `text.slice(start, end).toLowerCase()`, which the
 * caller may never need to build. Any other token comes normalized, `onToken(token, start, end)`.
 */
export function scanTokens(
  text: string,
  onAscii: (start: number, end: number) => void,
  onToken: (token: string, start: number, end: number) => void,
): void {
  // A hand-written scanner: ASCII decided by character code, anything else by WORD_CHAR. It finds
  // words as described above, several times faster than a Unicode regular expression on English text.
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isWordChar(text, i)) {
        if (code >= 128) ascii = false;
        i++;
        continue;
      }
      // An apostrophe joins letters; a dot or comma joins digits.
      if ((code === 39 || code === 0x2019 || code === 0x2bc) && i + 1 < n && isLetterOrMark(text, i + 1)) {
        if (code !== 39) ascii = false;
        i++;
        continue;
      }
      if (
        (code === 46 || code === 44) &&
        isDigit(text.charCodeAt(i - 1)) &&
        i + 1 < n &&
        isDigit(text.charCodeAt(i + 1))
      ) {
        i++;
        continue;
      }
      break;
    }
    if (ascii) onAscii(start, i);
    else {
      const raw = text.slice(start, i);
      if (!CJK.test(raw)) {
        const token = normalizeWord(raw);
        if (token) onToken(token, start, i);
      } else pushCjk(raw, start, onToken);
    }
  }
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u200C\u200D]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Astral characters: test the whole surrogate pair.
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && WORD_CHAR.test(text.slice(i - 1, i + 1));
  return WORD_CHAR.test(text[i]);
}

function isLetterOrMark(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_MARK.test(text.slice(i, i + 2));
  return LETTER_OR_MARK.test(text[i]);
}

/** Splits a mixed run: CJK parts into character bigrams, the rest as ordinary words. */
function pushCjk(raw: string, start: number, onToken: (token: string, start: number, end: number) => void): void {
  for (const part of raw.matchAll(CJK_RUN)) {
    const text = part[0];
    const offset = start + (part.index ?? 0);
    if (!CJK.test(text)) {
      const token = normalizeWord(text);
      if (token) onToken(token, offset, offset + text.length);
      continue;
    }
    const chars = Array.from(text);
    let position = offset;
    if (chars.length === 1) {
      onToken(normalizeWord(chars[0]), position, position + chars[0].length);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i] + chars[i + 1];
      onToken(normalizeWord(pair), position, position + pair.length);
      position += chars[i].length;
    }
  }
}

/** Whether a token is a number ("31,000", "2024", "42"), which terms leave to the figures. */
export function isNumeric(token: string): boolean {
  // Decided by the first character for most tokens, which are words: only a digit, "." or "," can start a number.
  const code = token.charCodeAt(0);
  if (code < 128 && !(code >= 48 && code <= 57) && code !== 46 && code !== 44) return false;
  return NUMERIC.test(token);
}

const NUMERIC = /^[\p{N}.,]+$/u;
