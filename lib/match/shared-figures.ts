// Which figures a page and an article share: the same quantity (what is counted, what happened to
// it, in what unit) with compatible values. A minimal comparison of its own, kept loose on purpose:
// "more than 31,000 Palestinians killed" and "over 31,000 people killed in Gaza" are the same line
// to a reader; "31,000" alone says nothing, so a figure must say what it counts or what happened.
import type { Figure } from '../types';
import { stem } from '../text/stem';
import { isStopword } from '../text/stopwords';
import { tokenize } from '../text/tokenize';
import type { FigureQuantity } from '../store/index-records';

/** Relative difference under which two bare values count as the same figure. */
const VALUE_TOLERANCE = 0.1;

/** The words that identify a figure's quantity: stems of what it counts and of its event. */
function quantityWords(figure: FigureQuantity): Set<string> {
  const words = new Set<string>();
  for (const part of [figure.counts, figure.event]) {
    if (!part) continue;
    for (const { token } of tokenize(part)) if (!isStopword(token)) words.add(stem(token));
  }
  return words;
}

/** The figures worth keeping for comparison: those that say what they count or what happened. */
export function comparableFigures(figures: readonly Figure[]): FigureQuantity[] {
  return figures
    .filter((f) => f.counts || f.event)
    .map(({ value, lower, upper, unit, counts, event }) => ({
      value,
      lower,
      upper,
      unit: unit ?? null,
      counts: counts ?? null,
      event: event ?? null,
    }));
}

/** Whether two figures are about the same quantity: same unit, and what they count or report agrees. */
export function sameQuantity(a: FigureQuantity, b: FigureQuantity): boolean {
  if ((a.unit ?? null) !== (b.unit ?? null)) return false;
  const wa = quantityWords(a);
  const wb = quantityWords(b);
  if (wa.size === 0 || wb.size === 0) return false;
  if (a.event && b.event && stem(a.event.toLowerCase()) !== stem(b.event.toLowerCase())) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common > 0 && common >= Math.min(wa.size, wb.size) / 2;
}

/** Whether the values two figures give can describe the same amount. */
export function compatibleValues(a: FigureQuantity, b: FigureQuantity): boolean {
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  if (Math.max(aLow, bLow) <= Math.min(aHigh, bHigh)) return true;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  return Math.abs(a.value - b.value) / scale <= VALUE_TOLERANCE;
}

/** The interval a figure allows, an open side closed at twice the tolerance ("more than 100" is not 31,000). */
function interval(f: FigureQuantity): [number, number] {
  const open = 1 + 2 * VALUE_TOLERANCE;
  const low = f.lower ?? (f.upper !== null ? f.upper / open : f.value);
  const high = f.upper ?? (f.lower !== null ? f.lower * open : f.value);
  return [Math.min(low, high), Math.max(low, high)];
}

/** The page's figures that the article also reports, as the page words them (distinct texts). */
export function sharedFigures(page: Figure[], article: FigureQuantity[]): string[] {
  const out: string[] = [];
  for (const p of page) {
    if (article.some((a) => sameQuantity(p, a) && compatibleValues(p, a))) {
      const label = [p.text, p.counts, p.event].filter(Boolean).join(' ');
      if (!out.includes(label)) out.push(label);
    }
  }
  return out;
}
