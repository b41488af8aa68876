// Paragraphs and sentences of an article body, with offsets and paragraph numbers. Attribution works
// sentence by sentence within paragraphs; the sentence splitting itself is lib/figures' (one splitter
// for the whole engine), whose sentences never cross a paragraph break.
import { splitSentences as splitIntoSentences, type Sentence } from '../figures/sentences';

export interface TextSpan {
  text: string;
  /** Offsets in the whole text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

export interface SentenceSpan extends TextSpan {
  /** Index of the paragraph it stands in. */
  paragraph: number;
}

/**
 * The spaces trimmed around a paragraph or sentence here: ASCII white space and the no-break space,
 * fewer than /\s/ (lib/text/char-class.ts): a paragraph that opens with an ideographic space keeps it,
 * and the offsets sources are found at stay as they are.
 */
function isEdgeSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v';
}

/** The span of `text` between start and end with surrounding whitespace trimmed, or null if blank. */
function trimmed(text: string, start: number, end: number): TextSpan | null {
  while (start < end && isEdgeSpace(text[start])) start++;
  while (end > start && isEdgeSpace(text[end - 1])) end--;
  return start < end ? { text: text.slice(start, end), start, end } : null;
}

/** The paragraphs of a text: blocks separated by blank lines. */
export function splitParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const blank = /\n[ \t\r\u00a0]*\n/g;
  let from = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    const span = trimmed(text, from, m.index);
    if (span) out.push(span);
    from = m.index + m[0].length;
  }
  const last = trimmed(text, from, text.length);
  if (last) out.push(last);
  return out;
}

/**
 * The sentences of a text, paragraph by paragraph; a paragraph break always ends a sentence.
 * `sentences` are lib/figures' sentences of the same text, passed in when the caller has them, so
 * that an article is split once for its figures and its sources. That splitter ends a sentence at
 * every blank line (each paragraph break here is one to it too) and trims all the whitespace
 * `trimmed` does, so its sentences are the ones a paragraph-by-paragraph split would give.
 */
export function splitSentences(
  text: string,
  sentences: readonly Sentence[] = splitIntoSentences(text),
  paragraphs: readonly TextSpan[] = splitParagraphs(text),
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  for (const s of sentences) {
    // Every sentence lies inside one paragraph, and both come in text order.
    while (paragraph < paragraphs.length && paragraphs[paragraph]!.end <= s.start) paragraph++;
    out.push({ text: s.text, start: s.start, end: s.end, paragraph });
  }
  return out;
}
