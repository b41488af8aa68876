// The tokens attribution reads: words keeping their case (names are found by capitals), possessives
// split off ("Netanyahu’s"), and every token marked as inside or outside a quotation, because a
// reporting verb inside quotation marks is the speaker's word, not the writer's attribution.
// One left-to-right scan per paragraph; no regular expression runs over unbounded input.

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

const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const JOINERS = new Set(["'", '’', 'ʼ', '-', '‐']);

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}\p{M}]/u.test(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}

/** Where the word starting at `i` ends: letters, digits, inner apostrophes and hyphens, "31,000", "U.S.". */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  let segmentStart = i;
  while (j < end) {
    const c = text[j]!;
    if (isWordChar(c)) {
      j++;
      continue;
    }
    const next = text[j + 1];
    if (JOINERS.has(c) && isWordChar(next)) {
      j += 2;
      segmentStart = j - 1;
      continue;
    }
    if ((c === ',' || c === '.') && isDigit(text[j - 1]) && isDigit(next)) {
      j += 2;
      continue;
    }
    // "U.S.": single capitals joined by dots.
    if (c === '.' && j - segmentStart === 1 && isUpper(text[segmentStart]) && isUpper(next) && !isWordChar(text[j + 2])) {
      j += 2;
      segmentStart = j - 1;
      continue;
    }
    break;
  }
  // The last dot of an acronym belongs to it: "U.S." not "U.S" + ".".
  if (text[j] === '.' && j - segmentStart === 1 && segmentStart > i && text[segmentStart - 1] === '.') j++;
  return j;
}

function makeWord(text: string, start: number, end: number): Token {
  let word = text.slice(start, end);
  let possessive = false;
  const last = word[word.length - 1];
  const beforeLast = word[word.length - 2];
  if (word.length > 2 && (last === 's' || last === 'S') && APOSTROPHES.has(beforeLast!)) {
    word = word.slice(0, -2);
    possessive = true;
  }
  const first = word[0];
  // "al-Sisi", "el-Din": the article is lower case, the name after it is not.
  const cap = isUpper(first) || ((first === 'a' || first === 'e') && word[1] === 'l' && (word[2] === '-' || word[2] === '‐') && isUpper(word[3]));
  return { text: word, lower: word.toLowerCase(), start, end, type: 'word', cap, possessive, quoted: false };
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
  const closeQuote = (at: number) => {
    if (open < 0) return;
    let s = open;
    let e = at;
    while (s < e && isSpace(text[s]!)) s++;
    // The comma before a closing mark belongs to the sentence around the quotation, not to the quotation.
    while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
    if (e > s) quotes.push({ text: text.slice(s, e), start: s, end: e });
    open = -1;
  };
  for (let i = start; i < end; ) {
    const c = text[i]!;
    if (isWordChar(c)) {
      const j = wordEnd(text, i, end);
      const token = makeWord(text, i, j);
      // "Hamas’ stance": a bare apostrophe after an s is a possessive, not a quotation mark.
      if (APOSTROPHES.has(text[j]!) && !isWordChar(text[j + 1]) && token.lower.endsWith('s')) {
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
    if (c === '“' || c === '”' || c === '"' || c === '«' || c === '»') {
      const opens = c === '“' || c === '«' || (c === '"' && open < 0);
      if (opens) {
        closeQuote(i);
        open = i + 1;
      } else {
        closeQuote(i);
      }
      tokens.push({ text: c, lower: c, start: i, end: i + 1, type: 'quote', cap: false, possessive: false, quoted: false });
      i++;
      continue;
    }
    if (!isSpace(c)) {
      tokens.push({ text: c, lower: c, start: i, end: i + 1, type: 'punct', cap: false, possessive: false, quoted: open >= 0 });
    }
    i++;
  }
  closeQuote(end);
  return { tokens, quotes };
}
