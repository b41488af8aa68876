import { segmentText } from './segment-text';

export type HighlightedTextProps = {
  text: string;
  /** Ranges of `text` to highlight, [start, end). */
  highlights: Array<[number, number]>;
};

/** Text with some ranges in <mark>, built from text nodes only. */
export function HighlightedText({ text, highlights }: HighlightedTextProps) {
  const segments = segmentText(
    text,
    highlights.map(([start, end]) => ({ start, end, data: true })),
  );
  return (
    <>{segments.map((s, i) => (s.marks.length > 0 ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
  );
}
