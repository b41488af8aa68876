// The page's figures a figure line does not already show, so the Figures tab lists each once.
import type { Figure, FigureLine } from '../lib/types';

/** The page's figures absent from every line (the page's own entries are those without an article id). */
export function otherFigures(figures: Figure[], lines: FigureLine[]): Figure[] {
  const lined = new Set(
    lines.flatMap((l) =>
      l.entries.filter((e) => e.articleId === null).map((e) => `${e.figure.start}:${e.figure.text}`),
    ),
  );
  return figures.filter((f) => !lined.has(`${f.start}:${f.text}`));
}
