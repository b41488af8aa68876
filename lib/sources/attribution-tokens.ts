// The tokens attribution reads: words keeping their case (names are found by capitals), possessives
// split off ("Netanyahu’s"), and every token marked as inside or outside a quotation, because a
// reporting verb inside quotation marks is the speaker's word, not the writer's attribution.
// One left-to-right scan per paragraph; no regular expression runs over unbounded input.
import { isDigit, isSpace } from '../text/char-class';
import { lowerCase } from '../text/lower-case';

export type TokenType = 'word' | 'punct' | 'quote';

export interface Token {
  /** The word without its possessive ending, or the punctuation mark. */
  text: string;
  lower: string;
  /** Offsets in the analysed text (UTF-16 code units, end exclusive), possessive ending included. */
  start: number;
  end: number;
  type: TokenType;
  /** Starts with a capital letter ("Netanyahu", "U.S.", "al-Sisi" counts through its capital after "al-"). */
  cap: boolean;
  /** Written with "’s", "'s" or a bare trailing apostrophe ("Hamas’"). */
  possessive: boolean;
  /** Inside a quotation; quote marks themselves are not. */
  quoted: boolean;
}

/** A quotation: its words without the marks, and the offsets of those words. */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
}

export interface TokenizedParagraph {
  tokens: Token[];
  quotes: QuoteSpan[];
}

// Characters are read as UTF-16 codes: a one-character string cut from a two-byte text (any article
// with a curly quote) is a new string each time, and there are tens of thousands per article.
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 0x26;
const MODIFIER_APOSTROPHE = 0x2bc;
/** Typed for an apostrophe by some sites and keyboards: "the prime minister´s office". */
const ACUTE_ACCENT = 0xb4;
const HYPHEN = 0x2d;
const UNICODE_HYPHEN = 0x2010;
const COMMA = 0x2c;
const POINT = 0x2e;

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE || code === MODIFIER_APOSTROPHE || code === ACUTE_ACCENT;
}

function isHyphen(code: number): boolean {
  return code === HYPHEN || code === UNICODE_HYPHEN;
}

function isJoiner(code: number): boolean {
  return isApostrophe(code) || isHyphen(code);
}

// What each non-ASCII code is, as the one-character tests below answer it, learnt on first sight.
const WORD = 1;
const UPPER = 2;
const KNOWN = 4;
const nonAscii = new Uint8Array(0x10000);

function classOf(code: number): number {
  let bits = nonAscii[code]!;
  if (bits === 0) {
    const c = String.fromCharCode(code);
    bits = KNOWN;
    if (/[\p{L}\p{N}\p{M}]/u.test(c)) bits |= WORD;
    if (c !== c.toLowerCase() && c === c.toUpperCase()) bits |= UPPER;
    nonAscii[code] = bits;
  }
  return bits;
}

/** Letters, digits and marks; `code` is NaN past the end of the text. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return !Number.isNaN(code) && (classOf(code) & WORD) !== 0;
}

function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return !Number.isNaN(code) && (classOf(code) & UPPER) !== 0;
}

/** Where the word starting at `i` ends: letters, digits, inner apostrophes and hyphens, "31,000", "U.S.". */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  let segmentStart = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isWordChar(c)) {
      j++;
      continue;
    }
    const next = text.charCodeAt(j + 1);
    if (isJoiner(c) && isWordChar(next)) {
      j += 2;
      segmentStart = j - 1;
      continue;
    }
    if ((c === COMMA || c === POINT) && isDigit(text.charCodeAt(j - 1)) && isDigit(next)) {
      j += 2;
      continue;
    }
    // "AT&T", "S&P", "H&M": capitals joined by an ampersand, with no space.
    if (c === AMPERSAND && isUpper(text.charCodeAt(j - 1)) && isUpper(next)) {
      j += 2;
      continue;
    }
    // "U.S.": single capitals joined by dots.
    if (
      c === POINT &&
      j - segmentStart === 1 &&
      isUpper(text.charCodeAt(segmentStart)) &&
      isUpper(next) &&
      !isWordChar(text.charCodeAt(j + 2))
    ) {
      j += 2;
      segmentStart = j - 1;
      continue;
    }
    break;
  }
  // The last dot of an acronym belongs to it: "U.S." not "U.S" + ".".
  if (
    text.charCodeAt(j) === POINT &&
    j - segmentStart === 1 &&
    segmentStart > i &&
    text.charCodeAt(segmentStart - 1) === POINT
  )
    j++;
  return j;
}

function makeWord(text: string, start: number, end: number): Token {
  let wordStop = end;
  let possessive = false;
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) {
    wordStop = end - 2;
    possessive = true;
  }
  const word = text.slice(start, wordStop);
  const first = text.charCodeAt(start);
  // "al-Sisi", "el-Din": the article is lower case, the name after it is not.
  const cap =
    isUpper(first) ||
    ((first === 97 || first === 101) &&
      wordStop - start > 3 &&
      text.charCodeAt(start + 1) === 108 &&
      isHyphen(text.charCodeAt(start + 2)) &&
      isUpper(text.charCodeAt(start + 3)));
  return { text: word, lower: lowerCase(word), start, end, type: 'word', cap, possessive, quoted: false };
}

/** The quotation opened at `open` (or none, at -1) and closed at `at`. */
function addQuote(text: string, open: number, at: number, quotes: QuoteSpan[]): void {
  if (open < 0) return;
  let s = open;
  let e = at;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  // The comma before a closing mark belongs to the sentence around the quotation, not to the quotation.
  for (
    let c = text.charCodeAt(e - 1);
    e > s && (isSpace(c) || c === COMMA || c === 0x3b || c === 0x3a);
    c = text.charCodeAt(e - 1)
  )
    e--;
  if (e > s) quotes.push({ text: text.slice(s, e), start: s, end: e });
}

/**
 * Tokens of the paragraph text[start, end). Curly marks say which way they face; a straight mark
 * opens outside a quotation and closes inside one, so mixed marks (“...") still pair. A quotation
 * left open runs to the paragraph's end, as a quotation continued in the next paragraph does.
 */
export function tokenizeParagraph(text: string, start: number, end: number): TokenizedParagraph {
  const tokens: Token[] = [];
  const quotes: QuoteSpan[] = [];
  let open = -1; // offset just after the opening mark, or -1 outside a quotation
  for (let i = start; i < end;) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const j = wordEnd(text, i, end);
      const token = makeWord(text, i, j);
      // "Hamas’ stance": a bare apostrophe after an s is a possessive, not a quotation mark.
      if (isApostrophe(text.charCodeAt(j)) && !isWordChar(text.charCodeAt(j + 1)) && token.lower.endsWith('s')) {
        token.possessive = true;
        token.end = j + 1;
        i = j + 1;
      } else {
        i = j;
      }
      token.quoted = open >= 0;
      tokens.push(token);
      continue;
    }
    if (code === 0x201c || code === 0x201d || code === 0x22 || code === 0xab || code === 0xbb) {
      const c = text[i]!;
      const opens = code === 0x201c || code === 0xab || (code === 0x22 && open < 0);
      addQuote(text, open, i, quotes);
      open = opens ? i + 1 : -1;
      tokens.push({
        text: c,
        lower: c,
        start: i,
        end: i + 1,
        type: 'quote',
        cap: false,
        possessive: false,
        quoted: false,
      });
      i++;
      continue;
    }
    if (!isSpace(code)) {
      const c = text[i]!;
      tokens.push({
        text: c,
        lower: c,
        start: i,
        end: i + 1,
        type: 'punct',
        cap: false,
        possessive: false,
        quoted: open >= 0,
      });
    }
    i++;
  }
  addQuote(text, open, end, quotes);
  return { tokens, quotes };
}
