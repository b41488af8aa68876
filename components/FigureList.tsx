import type { Figure } from '../lib/types';
import { NO_SOURCE } from '../lib/types';
import { figureSubject } from './figure-subject';

export type FigureListProps = {
  figures: Figure[];
  /** Accessible name of the list. */
  label: string;
};

/** Figures as a compact list: the words, what they count, the source, and the sentence. */
export function FigureList({ figures, label }: FigureListProps) {
  if (figures.length === 0) return null;
  return (
    <ul class="figure-list" aria-label={label}>
      {figures.map((figure, i) => (
        <li key={`${i}-${figure.start}`} class="figure-item">
          <span class="figure-head">
            <strong class="figure-value">{figure.text}</strong> <span>{figureSubject(figure)}</span>
          </span>
          <span class="figure-source">
            {figure.source === NO_SOURCE ? <span class="unknown">{NO_SOURCE}</span> : `per ${figure.source}`}
          </span>
          <span class="figure-sentence">{figure.sentence}</span>
        </li>
      ))}
    </ul>
  );
}
