// Splits text into word tokens with their offsets, the one tokenizer behind terms, shingles and names.
// Unicode-aware (any script's letters and digits), case-folded and NFKC-normalized, so "Netanyahu’s",
// "ＧＡＺＡ" and "غزة" all become comparable tokens; Chinese and Japanese, written without spaces,
// become overlapping character bigrams so that a two-character word still matches.

export interface Token {
  /** The normalized token: NFKC, lower case, straight apostrophe, Latin accents and Arabic vowel marks removed. */
  token: string;
  /** Offsets in the original text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

// A word is a run of letters, marks and digits; an apostrophe joins two letter runs ("Kana'ani",
// "don't"), a dot or comma joins two digit runs ("31,000", "2.4"). Every alternative is anchored on a
// character class, so matching is linear even on adversarial input (no nested ambiguous quantifiers).
const WORD =
  /[\p{L}\p{N}\p{M}\u200C\u200D]+(?:(?:['’ʼ](?=[\p{L}\p{M}])|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}\u200C\u200D]+)*/gu;

// Scripts written without spaces between words.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}'.,]+$/u;
const COMBINING = /\p{M}/gu;
// Arabic harakat, superscript alef and tatweel: optional in writing, so dropped for matching.
const ARABIC_OPTIONAL = /[\u064B-\u065F\u0670\u0640]/g;
const JOINERS = /[\u200C\u200D]/g;

/** Folds one raw word to its comparable form. */
export function normalizeWord(raw: string): string {
  let word = raw.normalize('NFKC').toLowerCase().replace(/[’ʼ]/g, "'").replace(JOINERS, '');
  if (LATIN_ONLY.test(word)) word = word.normalize('NFD').replace(COMBINING, '').normalize('NFC');
  else word = word.replace(ARABIC_OPTIONAL, '');
  return word;
}

/** The word tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (!text) return out;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    if (!CJK.test(raw)) {
      const token = normalizeWord(raw);
      if (token) out.push({ token, start, end: start + raw.length });
      continue;
    }
    pushCjk(raw, start, out);
  }
  return out;
}

/** Splits a mixed run: CJK parts into character bigrams, the rest as ordinary words. */
function pushCjk(raw: string, start: number, out: Token[]): void {
  for (const part of raw.matchAll(CJK_RUN)) {
    const text = part[0];
    const offset = start + (part.index ?? 0);
    if (!CJK.test(text)) {
      const token = normalizeWord(text);
      if (token) out.push({ token, start: offset, end: offset + text.length });
      continue;
    }
    const chars = Array.from(text);
    let position = offset;
    if (chars.length === 1) {
      out.push({ token: normalizeWord(chars[0]), start: position, end: position + chars[0].length });
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i] + chars[i + 1];
      out.push({ token: normalizeWord(pair), start: position, end: position + pair.length });
      position += chars[i].length;
    }
  }
}

/** Whether a token is a number ("31,000", "2024", "42"), which terms leave to the figures. */
export function isNumeric(token: string): boolean {
  return /^[\p{N}.,]+$/u.test(token);
}
