import type { Figure, FigureLine } from '../lib/types';
import { FigureLines } from './FigureLines';
import { FigureList } from './FigureList';
import { otherFigures } from './other-figures';
import { NextActions } from './NextActions';

export type FiguresPanelProps = {
  figures: Figure[];
  lines: FigureLine[];
  onOpen?: (articleId: string) => void;
  /** The page's address, for copying a figure line. */
  pageUrl?: string | null;
};

/** The Figures tab: quantities lined up across articles, then the page's other figures. */
export function FiguresPanel({ figures, lines, onOpen, pageUrl }: FiguresPanelProps) {
  const others = otherFigures(figures, lines);
  if (figures.length === 0 && lines.length === 0) {
    return (
      <div class="empty">
        <p>No figures found in this page.</p>
        <NextActions actions={['import', 'keep', 'settings']} />
      </div>
    );
  }
  return (
    <div class="figures-panel">
      {lines.length > 0 ? (
        <>
          <h3 class="section-title">Across your corpus</h3>
          <FigureLines lines={lines} onOpen={onOpen} pageUrl={pageUrl ?? null} />
        </>
      ) : (
        <p class="muted">None of the page’s figures is reported by a related article.</p>
      )}
      {others.length > 0 && (
        <>
          <h3 class="section-title">{lines.length > 0 ? 'Other figures in this page' : 'Figures in this page'}</h3>
          <FigureList figures={others} label="Other figures in this page" />
        </>
      )}
    </div>
  );
}
