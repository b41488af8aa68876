import type { FigureLine } from '../lib/types';
import { FigureLineView } from './FigureLineView';

export type FigureLinesProps = {
  lines: FigureLine[];
  /** The level of each quantity's heading. */
  level?: 3 | 4;
  onOpen?: (articleId: string) => void;
};

/** The quantities the page shares with related articles, lined up, disputed ones first. */
export function FigureLines({ lines, level, onOpen }: FigureLinesProps) {
  if (lines.length === 0) return null;
  const ordered = [...lines].sort((a, b) => Number(b.contradictions.length > 0) - Number(a.contradictions.length > 0));
  return (
    <div class="figure-lines">
      {ordered.map((line, i) => (
        <FigureLineView key={`${i}-${line.quantity}`} line={line} level={level} onOpen={onOpen} />
      ))}
    </div>
  );
}
