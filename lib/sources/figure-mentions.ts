// The figures a sentence states, as written ("close to 600", "2.4-million", "two million"), so that a
// source can list the figures it backs. A light reading on purpose: lib/figures reads figures fully
// and reconciles them with sources by sentence; dates, years and clock times are left out here.

const QUALIFIER =
  '(?:(?:more|fewer|less) than|close to|nearly|almost|roughly|about|around|approximately|at least|at most|over|under|up to|some|an estimated|as many as)\\s+';
// Digit groups joined by single separators: unambiguous, so matching stays linear.
const DIGITS = '\\d+(?:[.,]\\d+)*%?';
const SCALE = '(?:[\\s-](?:million|billion|trillion|thousand|hundred))?';
const NUMBER_WORDS =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|dozens|a dozen)';
// A figure starts where no letter or digit comes before it. That is checked after a match rather
// than by a lookbehind in the pattern: a pattern that begins with one is tried at every character of
// the sentence, and takes twice as long.
const FIGURE = new RegExp(`(?:${QUALIFIER})?(?:${DIGITS}${SCALE}|${NUMBER_WORDS}${SCALE})(?![\\p{L}\\p{N}])`, 'giu');
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const MONTH_BEFORE =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s$/i;

/** A figure as a sentence writes it, and where it starts in the sentence. */
export interface FigureMention {
  text: string;
  index: number;
}

/** The figure texts of a sentence in order, without dates, years or times. */
export function figureMentions(sentence: string): string[] {
  return figureMentionsAt(sentence).map((m) => m.text);
}

/** The figures of a sentence in order, each with where it starts, without dates, years or times. */
export function figureMentionsAt(sentence: string): FigureMention[] {
  const out: FigureMention[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
    if (m.index > 0 && WORD_BEFORE.test(sentence.slice(Math.max(0, m.index - 2), m.index))) {
      // Inside a word ("G7"): look again from the next character, as the lookbehind would have.
      FIGURE.lastIndex = m.index + 1;
      continue;
    }
    const text = m[0];
    const before = sentence.slice(Math.max(0, m.index - 10), m.index);
    const after = sentence[m.index + text.length];
    if (MONTH_BEFORE.test(before) || after === ':' || before.endsWith(':')) continue;
    // A bare four-digit number from 1900 to 2099 is a year ("the 2020 presidential election").
    if (/^(?:19|20)\d\d$/.test(text)) continue;
    out.push({ text, index: m.index });
  }
  return out;
}
