// The marks a page gets: each figure on the page whose quantity the corpus also reports, with the
// corpus figures for it. Bounded, so a page of a thousand figures sends the tab a small message.
import type { FigureMark } from '../messages';
import type { TabReport } from '../types';

export const MAX_MARKS = 50;
/** Corpus figures shown per mark. */
export const MAX_ENTRIES = 6;
const MAX_SENTENCE = 2000;
const MAX_WORDS = 300;

const cap = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const capOrNull = (text: string | null, max: number) => (text === null ? null : cap(text, max));

/** The page's figures that the corpus also reports, in the page's order, with the corpus figures for each. */
export function figureMarks(report: TabReport): FigureMark[] {
  if (report.state !== 'ready') return [];
  const marks: Array<FigureMark & { start: number }> = [];
  for (const line of report.figureLines) {
    const corpus = line.entries
      .filter((e) => e.articleId !== null)
      .slice(0, MAX_ENTRIES)
      .map((e) => ({
        text: cap(e.figure.text, MAX_WORDS),
        counts: capOrNull(e.figure.counts, MAX_WORDS),
        event: capOrNull(e.figure.event, MAX_WORDS),
        outlet: capOrNull(e.outlet, MAX_WORDS),
        date: capOrNull(e.date, 40),
        source: cap(e.figure.source, MAX_WORDS),
      }));
    if (corpus.length === 0) continue;
    for (const e of line.entries) {
      if (e.articleId !== null) continue;
      marks.push({
        text: cap(e.figure.text, MAX_WORDS),
        sentence: cap(e.figure.sentence, MAX_SENTENCE),
        quantity: cap(line.quantity, MAX_WORDS),
        corpus,
        start: e.figure.start,
      });
    }
  }
  return marks
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_MARKS)
    .map(({ start: _start, ...mark }) => mark);
}
