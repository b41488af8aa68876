// A figure's subject in words, for lists that show the number apart from what it counts.
import type { Figure } from '../lib/types';

/** "Palestinians killed"; the unit when nothing else is known; "" when the text said nothing. */
export function figureSubject(figure: Figure): string {
  return [figure.counts, figure.event].filter(Boolean).join(' ') || figure.unit || '';
}
