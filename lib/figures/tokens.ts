// Splits text into words, numerals and punctuation with their offsets, in one linear pass.
// The figure reader works on these tokens instead of on regular expressions, so that no input
// (100k characters of "1,1,1,…", long digit runs, odd Unicode) can make it backtrack.

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

const APOSTROPHES = new Set(["'", '\u2019']);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return LETTER.test(text[i]);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10 || c === 9 || c === 13) return true;
  if (c < 128) return false;
  return SPACE.test(text[i]);
}

/** Every token of `text`, in order. Numerals keep their inner separators: "31,000", "2.4", "1.234,5". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let gap = true;
  while (i < n) {
    if (isSpaceAt(text, i)) {
      gap = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(text.charCodeAt(i))) {
      kind = 'num';
      i++;
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
    } else if (isLetterAt(text, i)) {
      kind = 'word';
      i++;
      for (;;) {
        while (i < n && isLetterAt(text, i)) i++;
        // An apostrophe between letters stays inside the word: "Gaza's", "Kana'ani".
        if (i + 1 < n && APOSTROPHES.has(text[i]) && isLetterAt(text, i + 1)) {
          i++;
          continue;
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
    tokens.push({ kind, text: t, lower: t.toLowerCase(), start, end: i, gap });
    gap = false;
  }
  return tokens;
}
