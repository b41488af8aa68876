import type { LookupResult } from '../lib/types';
import { FigureLines } from './FigureLines';
import { FigureList } from './FigureList';
import { LookupPassageCard } from './LookupPassageCard';
import { SourceList } from './SourceList';
import { NextActions } from './NextActions';

export type LookupViewProps = {
  lookup: LookupResult | null;
  onOpen: (articleId: string) => void;
};

/** A right-click lookup: the selected words, the corpus passages that match them, their figures and sources. */
export function LookupView({ lookup, onOpen }: LookupViewProps) {
  if (!lookup) {
    return (
      <div class="state">
        <h2 class="state-title">No lookup yet</h2>
        <p class="muted">
          Select words in a page, right-click, and choose “Look up in Reading Context” (or press Alt+Shift+U).
        </p>
        <NextActions actions={['import', 'keep', 'settings']} />
      </div>
    );
  }
  const passages = [...lookup.passages].sort((a, b) => b.score - a.score);
  return (
    <div class="lookup">
      <p class="eyebrow">You looked up</p>
      <blockquote class="selection">{lookup.selection}</blockquote>

      <h2 class="section-title">In your corpus</h2>
      {passages.length === 0 ? (
        <div class="empty">
          <p>No passage in your corpus matches these words.</p>
          <NextActions actions={['import', 'keep']} />
        </div>
      ) : (
        <ol class="card-list" aria-label="Matching passages">
          {passages.map((p) => (
            <li key={`${p.articleId}-${p.paragraph}`}>
              <LookupPassageCard passage={p} onOpen={onOpen} />
            </li>
          ))}
        </ol>
      )}

      {(lookup.figures.length > 0 || lookup.figureLines.length > 0) && (
        <>
          <h2 class="section-title">Figures in the selection</h2>
          <div class="stack">
            <FigureList figures={lookup.figures} label="Figures in the selection" />
            <FigureLines lines={lookup.figureLines} level={3} onOpen={onOpen} />
          </div>
        </>
      )}

      {lookup.sources.length > 0 && (
        <>
          <h2 class="section-title">Sources involved</h2>
          <SourceList sources={lookup.sources} />
        </>
      )}
    </div>
  );
}
