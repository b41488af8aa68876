// Splits text into words, numerals and punctuation with their offsets, in one linear pass.
// The figure reader works on these tokens instead of on regular expressions, so that no input
// (100k characters of "1,1,1,…", long digit runs, odd Unicode) can make it backtrack.
import { isDigit, isSpace } from '../text/char-class';
import { lowerCase } from '../text/lower-case';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The characters as written. */
  text: string;
  /** `text` in lower case, for the word lists. */
  lower: string;
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** Whether whitespace separates this token from the one before. */
  gap: boolean;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Sticky and tested in place (`lastIndex`), so that no one-character string is made per character.
const LETTERS = /[\p{L}\p{M}]+/uy;

/** The end of the run of letters starting at `i` (`i` itself when there is none). */
function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      i++;
      continue;
    }
    if (c < 128) break;
    LETTERS.lastIndex = i;
    if (!LETTERS.test(text)) break;
    i = LETTERS.lastIndex;
  }
  return i;
}

/** ASCII letters and digits, the point and any non-ASCII character: what may not stand before a leading point. */
function isWordCode(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 46 || c >= 128;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Every token of `text`, in order. Numerals keep their inner separators: "31,000", "2.4", "1.234,5". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let gap = true;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      gap = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let wordEnd: number;
    const c0 = text.charCodeAt(i);
    // A numeral may open with its point when no digit or letter stands before it: ".23456".
    const pointFirst =
      c0 === 46 &&
      i + 1 < n &&
      isDigit(text.charCodeAt(i + 1)) &&
      (i === 0 || !isWordCode(text.charCodeAt(i - 1)) || isSpace(text.charCodeAt(i - 1)));
    if (isDigit(c0) || pointFirst) {
      kind = 'num';
      i += pointFirst ? 2 : 1;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        // A comma or point continues a numeral only between digits: "31,000" but "31, 000".
        const c = text.charCodeAt(i);
        if ((c === 44 || c === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
    } else if ((wordEnd = letterRunEnd(text, i)) > i) {
      kind = 'word';
      i = wordEnd;
      // "U.S.", "U.N.": single capitals joined by points are one word, the last point too ("$50 billion of
      // U.S. goods"); sentences are told apart before (sentences.ts), so the point ends none here.
      if (wordEnd === start + 1 && isUpperAscii(c0)) {
        while (
          text.charCodeAt(i) === 46 &&
          isUpperAscii(text.charCodeAt(i + 1)) &&
          !isAsciiLetter(text.charCodeAt(i + 2))
        )
          i += 2;
        if (i > wordEnd && text.charCodeAt(i) === 46) i++;
      }
      // An apostrophe between letters stays inside the word: "Gaza's", "Kana'ani".
      for (;;) {
        const c = text.charCodeAt(i);
        if ((c === APOSTROPHE || c === RIGHT_QUOTE) && i + 1 < n) {
          const after = letterRunEnd(text, i + 1);
          if (after > i + 1) {
            i = after;
            continue;
          }
        }
        break;
      }
    } else {
      kind = 'punct';
      // Keep surrogate pairs whole so offsets never split a character.
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const t = text.slice(start, i);
    tokens.push({ kind, text: t, lower: kind === 'word' ? lowerCase(t) : t, start, end: i, gap });
    gap = false;
  }
  return tokens;
}
