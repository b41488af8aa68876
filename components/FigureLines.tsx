import type { FigureLine } from '../lib/types';
import { FigureLineView } from './FigureLineView';
import { CopyFigureLine } from './CopyFigureLine';

export type FigureLinesProps = {
  lines: FigureLine[];
  /** The level of each quantity's heading. */
  level?: 3 | 4;
  onOpen?: (articleId: string) => void;
  /** The page's address, for copying a line; `undefined` shows no copy buttons. */
  pageUrl?: string | null;
};

/** The quantities the page shares with related articles, lined up, disputed ones first. */
export function FigureLines({ lines, level, onOpen, pageUrl }: FigureLinesProps) {
  if (lines.length === 0) return null;
  const ordered = [...lines].sort((a, b) => Number(b.contradictions.length > 0) - Number(a.contradictions.length > 0));
  return (
    <div class="figure-lines">
      {ordered.map((line, i) => (
        <div key={`${i}-${line.quantity}`}>
          <FigureLineView line={line} level={level} onOpen={onOpen} />
          {pageUrl !== undefined && <CopyFigureLine line={line} pageUrl={pageUrl} />}
        </div>
      ))}
    </div>
  );
}
