// Splits a text into runs by the ranges that cover them, so marks (figures, attributed sentences,
// lookup highlights) render as nested text nodes, never as HTML built from strings.

export interface MarkRange<T = unknown> {
  start: number;
  end: number;
  data: T;
}

export interface Segment<T = unknown> {
  text: string;
  start: number;
  /** The ranges covering this run, in the order given. */
  marks: Array<MarkRange<T>>;
}

/** Cuts `text` at every range boundary; ranges may overlap and may fall partly outside the text. */
export function segmentText<T>(text: string, ranges: Array<MarkRange<T>>): Array<Segment<T>> {
  const valid = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Array<Segment<T>> = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    segments.push({
      text: text.slice(start, end),
      start,
      marks: valid.filter((r) => r.start <= start && r.end >= end),
    });
  }
  return segments;
}

/** Where each of `sentences` stands in `text` (first occurrence), skipping those not found. */
export function findSentences<T>(text: string, sentences: Array<{ sentence: string; data: T }>): Array<MarkRange<T>> {
  const found: Array<MarkRange<T>> = [];
  for (const { sentence, data } of sentences) {
    const needle = sentence.trim();
    if (needle.length < 8) continue;
    const at = text.indexOf(needle);
    if (at >= 0) found.push({ start: at, end: at + needle.length, data });
  }
  return found;
}
