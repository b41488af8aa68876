// Gives each figure the source that the sources module (lib/sources) found for it. That module reads
// attribution across sentences ("he told the Press TV website" after a quotation), which the simple
// in-sentence reading of extract-figures cannot; its answer wins wherever it has one.
import { isSpace } from '../text/char-class';
import { lowerCase } from '../text/lower-case';
import type { Figure, Source } from '../types';
import { SOURCE_SPANS } from '../sources/source-spans';

/** Whether `s` has whitespace other than single spaces, which `normalise` folds. */
function hasOddSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (isSpace(s.charCodeAt(i + 1))) return true;
    } else if (isSpace(c)) {
      return true;
    }
  }
  return false;
}

function normalise(s: string): string {
  // Sentences and figures rarely hold anything but single spaces: they are then only trimmed and lower-cased.
  return lowerCase((hasOddSpace(s) ? s.replace(/\s+/g, ' ') : s).trim());
}

/** A figure's text as both modules write it: the sources module leaves out a currency sign ("$477 billion"). */
function figureKey(s: string): string {
  return normalise(s).replace(/^[^\p{L}\p{N}]+/u, '');
}

/** A name without its article, for comparing "the Israeli military" with "Israeli military". */
function bareName(s: string): string {
  return normalise(s).replace(/^the /, '');
}

/** Whether two sentences are the same one, allowing for different trimming of quotes and spaces. */
function sameSentence(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 20 || b.length < 20) return false;
  return a.includes(b) || b.includes(a);
}

/**
 * Figures with `source` set to the name of the Source that backs them: one whose `sentences` contain
 * the figure's sentence, or whose `figures` contain the figure's text. A source with both wins. A
 * figure no source claims keeps the source it had, spelt as the sources module spells it when that
 * names the same source ("the Israeli military" becomes "Israeli military"). The figures given are
 * not changed.
 */
/**
 * Figures whose source the figure reader found inside the claim itself ("the ministry's figure of
 * 1,139"): closer than any reporting clause around it, so the sources module's answer does not replace it.
 */
export const INNER_SOURCED = new WeakSet<Figure>();

export function attachSources(figures: Figure[], sources: Source[]): Figure[] {
  const prepared = sources.map((s) => ({
    name: s.name,
    sentences: (s.sentences ?? []).map(normalise),
    figures: new Set((s.figures ?? []).map(figureKey)),
    // The clauses it speaks for, when the sources module noted them.
    spans: SOURCE_SPANS.get(s),
  }));
  const bareNames = sources.map((s) => bareName(s.name));
  // Figures of one sentence ask the same question of every source: it is answered once per sentence.
  const claimsBySentence = new Map<string, boolean[]>();
  const claims = (raw: string): boolean[] => {
    let found = claimsBySentence.get(raw);
    if (!found) {
      const sentence = normalise(raw);
      found = prepared.map((s) => s.sentences.some((x) => sameSentence(x, sentence)));
      claimsBySentence.set(raw, found);
    }
    return found;
  };
  const spansKnown = prepared.some((s) => s.spans !== undefined);
  /** The figure with its own source, spelt as the sources module spells that source. */
  const respelt = (figure: Figure): Figure => {
    const same = bareNames.indexOf(bareName(figure.source));
    return { ...figure, source: same >= 0 ? sources[same]!.name : figure.source };
  };
  return figures.map((figure) => {
    if (INNER_SOURCED.has(figure)) return respelt(figure);
    // The source of the figure's own clause: "…, while the Congressional Budget Office predicted a $477
    // billion deficit" is the office's, whoever else the sentence cites.
    const own = prepared.findIndex((s) => s.spans?.some(([from, to]) => figure.start >= from && figure.start < to));
    if (own >= 0) return { ...figure, source: sources[own]!.name };
    // Where the clauses are known, a figure outside them is no source's, whatever figure they cite is written alike.
    if (spansKnown) return respelt(figure);
    const bySentences = claims(figure.sentence);
    const text = figureKey(figure.text);
    let best: { name: string; score: number } | null = null;
    for (let i = 0; i < prepared.length; i++) {
      const s = prepared[i]!;
      const bySentence = bySentences[i];
      const byFigure = s.figures.has(text);
      // A figure text like "100" can recur; it names this figure only with the sentence, or alone when nothing else does.
      const score = (bySentence ? 2 : 0) + (byFigure ? 1 : 0);
      if (score > 0 && (best === null || score > best.score)) best = { name: s.name, score };
    }
    if (best) return { ...figure, source: best.name };
    return respelt(figure);
  });
}
