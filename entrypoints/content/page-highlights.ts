// The page highlights, the content script's side of the figure marks the background sends (not the
// article marks of the reader, components/article-marks.ts): each new list of marks replaces the last; the
// figures are found a slice of the page per idle slot and drawn in the next, so marking never makes
// a long task.
import type { FigureMark } from '@/lib/messages';
import { findFigureRangesSteps } from '@/lib/marks/find-figure-ranges';
import { runSteps, type Schedule } from '@/lib/page/run-steps';
import { drawHighlights, type HighlightLayer } from './highlight-layer';

export interface PageHighlights {
  /** Draws these marks instead of any before; an empty list removes them. */
  show(marks: FigureMark[]): void;
  clear(): void;
}

export function pageHighlights(doc: Document, schedule: Schedule, cancelled: () => boolean): PageHighlights {
  let layer: HighlightLayer | null = null;
  let generation = 0;
  const clear = () => {
    generation++;
    layer?.remove();
    layer = null;
  };

  function* steps(marks: FigureMark[]): Generator<void, HighlightLayer | null, void> {
    if (!doc.body) return null;
    const spans = yield* findFigureRangesSteps(doc.body, marks);
    if (spans.length === 0) return null;
    yield;
    return drawHighlights(
      doc,
      spans.map((span) => ({ mark: marks[span.index], span })),
    );
  }

  return {
    show(marks) {
      clear();
      if (marks.length === 0) return;
      const mine = generation;
      const stale = () => cancelled() || mine !== generation;
      void runSteps(steps(marks), schedule, stale).then(
        (drawn) => {
          if (drawn && stale()) drawn.remove();
          else if (drawn) layer = drawn;
        },
        () => undefined, // a page that breaks the search gets no marks, and nothing else changes
      );
    },
    clear,
  };
}
