// Whether the gap between two words ends a sentence, a line or a heading: what makes the next word
// "initial" for names and terms. Hand-written rather than a regular expression per gap, because it
// runs between most pairs of words of every text indexed.
import { isSpace } from './char-class';

/** Sentence-ending marks for terms: "." "!" "?" ":" ";" "•" "|". */
export const SENTENCE_MARKS = '.!?:;•|';
/** For names, also the separators of breadcrumbs and headings: "/", "›", "»", ">". */
export const HEADING_MARKS = '.!?:;•|/›»>';

const OPENERS = '"“‘\'([';
const DASHES = '–—-';

/**
 * True when `text.slice(from, to)` holds a line break, ends with one of `marks` (then spaces, at
 * most one opening quote or bracket, spaces), or ends with a dash between spaces (" – ").
 * The same as /[marks]\s*["“‘'(\[]?\s*$/u, /\s[–—-]\s+$/u and includes('\n') on the gap.
 */
export function gapEndsSentence(text: string, from: number, to: number, marks: string): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  const trailingSpace = i < to;
  // " – ": a dash between spaces.
  if (trailingSpace && i - 1 > from && DASHES.includes(text[i - 1]) && isSpace(text.charCodeAt(i - 2))) return true;
  if (i > from && OPENERS.includes(text[i - 1])) {
    i--;
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i > from && marks.includes(text[i - 1]);
}
