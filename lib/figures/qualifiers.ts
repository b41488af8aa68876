// The words that hedge a figure ("more than", "close to", "up to", "or so") and the interval each implies.
//
// One rule for all, applied to the interval the number itself allows [lo, hi] (lo = hi for a bare
// number; a range or a vague plural gives its own):
//
// | kind      | words (examples)                                          | lower    | upper    |
// |-----------|-----------------------------------------------------------|----------|----------|
// | above     | more than, over, at least, upwards of, well over, or more | lo       | null     |
// | justAbove | just over, slightly more than, a little over              | lo       | 1.1 × hi |
// | nearly    | close to, nearly, almost, just under, approaching         | 0.9 × lo | hi       |
// | about     | roughly, about, around, approximately, some, or so        | 0.9 × lo | 1.1 × hi |
// | below     | up to, fewer than, less than, at most, as many as, under  | null     | hi       |
//
// "more than N" keeps N as the lower bound (the bound is exclusive, but a count just above N is
// not worth a separate number). null means open: "up to 100" allows anything from none to 100.
import type { Token } from './tokens';

export type QualifierKind = 'above' | 'justAbove' | 'nearly' | 'about' | 'below';

const BEFORE: ReadonlyArray<readonly [string, QualifierKind]> = [
  ['more than', 'above'],
  ['over', 'above'],
  ['well over', 'above'],
  ['well above', 'above'],
  ['above', 'above'],
  ['upwards of', 'above'],
  ['upward of', 'above'],
  ['in excess of', 'above'],
  ['greater than', 'above'],
  ['exceeding', 'above'],
  ['north of', 'above'],
  ['at least', 'above'],
  ['no fewer than', 'above'],
  ['no less than', 'above'],
  ['not less than', 'above'],
  ['not fewer than', 'above'],
  ['a minimum of', 'above'],
  ['just over', 'justAbove'],
  ['just above', 'justAbove'],
  ['slightly more than', 'justAbove'],
  ['slightly over', 'justAbove'],
  ['a little over', 'justAbove'],
  ['a little more than', 'justAbove'],
  ['just more than', 'justAbove'],
  ['close to', 'nearly'],
  ['closer to', 'nearly'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['just under', 'nearly'],
  ['just below', 'nearly'],
  ['just shy of', 'nearly'],
  ['approaching', 'nearly'],
  ['not quite', 'nearly'],
  ['slightly less than', 'nearly'],
  ['slightly fewer than', 'nearly'],
  ['just short of', 'nearly'],
  ['roughly', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['circa', 'about'],
  ['an approximate', 'about'],
  ['in the region of', 'about'],
  ['on the order of', 'about'],
  ['up to', 'below'],
  ['fewer than', 'below'],
  ['less than', 'below'],
  ['at most', 'below'],
  ['as many as', 'below'],
  ['as much as', 'below'],
  ['as high as', 'below'],
  ['no more than', 'below'],
  ['not more than', 'below'],
  ['a maximum of', 'below'],
  ['under', 'below'],
  ['below', 'below'],
];

const AFTER: ReadonlyArray<readonly [string, QualifierKind]> = [
  ['or more', 'above'],
  ['or over', 'above'],
  ['plus', 'above'],
  ['or so', 'about'],
  ['or fewer', 'below'],
  ['or less', 'below'],
];

const MAX_WORDS = 4;

/** Phrases keyed by their word count, then by the words joined with spaces. */
function byLength(list: ReadonlyArray<readonly [string, QualifierKind]>): Array<Map<string, QualifierKind>> {
  const maps: Array<Map<string, QualifierKind>> = [];
  for (let k = 0; k <= MAX_WORDS; k++) maps.push(new Map());
  for (const [words, kind] of list) maps[words.split(' ').length].set(words, kind);
  return maps;
}

const BEFORE_BY_LENGTH = byLength(BEFORE);
const AFTER_BY_LENGTH = byLength(AFTER);

export interface QualifierMatch {
  kind: QualifierKind;
  /** Token index of the first (before) or last (after) qualifier word. */
  edge: number;
  /** The words as written: "More than". */
  words: string;
}

function wordsText(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t, k) => (k > 0 && t.gap ? ' ' : '') + t.text)
    .join('');
}

/**
 * The longest qualifier phrase that ends right before token `at` and starts no earlier than `floor`.
 * Words only: a comma or quote between them and the number breaks the qualifier.
 */
export function qualifierBefore(tokens: Token[], at: number, floor: number): QualifierMatch | null {
  for (let len = MAX_WORDS; len >= 1; len--) {
    const from = at - len;
    if (from < floor) continue;
    let ok = true;
    for (let k = from; k < at; k++) if (tokens[k].kind !== 'word') ok = false;
    if (!ok) continue;
    const key = tokens
      .slice(from, at)
      .map((t) => t.lower)
      .join(' ');
    const kind = BEFORE_BY_LENGTH[len].get(key);
    if (kind) return { kind, edge: from, words: wordsText(tokens, from, at - 1) };
  }
  return null;
}

/** A qualifier right after token `at` ("or more", "or so", "-plus", "+"), or null. */
export function qualifierAfter(tokens: Token[], at: number, end: number): QualifierMatch | null {
  const next = tokens[at + 1];
  if (next && at + 1 < end && next.kind === 'punct' && next.text === '+' && !next.gap) {
    return { kind: 'above', edge: at + 1, words: '+' };
  }
  // "100-plus"
  if (at + 2 < end && next.text === '-' && !next.gap && tokens[at + 2].lower === 'plus' && !tokens[at + 2].gap) {
    return { kind: 'above', edge: at + 2, words: 'plus' };
  }
  for (let len = 2; len >= 1; len--) {
    const to = at + len;
    if (to >= end) continue;
    let ok = true;
    for (let k = at + 1; k <= to; k++) if (tokens[k].kind !== 'word') ok = false;
    if (!ok) continue;
    const key = tokens
      .slice(at + 1, to + 1)
      .map((t) => t.lower)
      .join(' ');
    const kind = AFTER_BY_LENGTH[len].get(key);
    if (kind) return { kind, edge: to, words: wordsText(tokens, at + 1, to) };
  }
  return null;
}

/** Rounds away float noise: 0.9 × 250 is 225, not 225.00000000000003. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** The bounds a qualifier implies for a number that itself allows [lo, hi] (see the table above). */
export function applyQualifier(
  kind: QualifierKind | null,
  lo: number,
  hi: number,
): { lower: number | null; upper: number | null } {
  switch (kind) {
    case null:
      return { lower: lo, upper: hi };
    case 'above':
      return { lower: lo, upper: null };
    case 'justAbove':
      return { lower: lo, upper: tidy(hi * 1.1) };
    case 'nearly':
      return { lower: tidy(lo * 0.9), upper: hi };
    case 'about':
      return { lower: tidy(lo * 0.9), upper: tidy(hi * 1.1) };
    case 'below':
      return { lower: null, upper: hi };
  }
}
