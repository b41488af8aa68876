// A figure's subject in words, for lists that show the number apart from what it counts.
import type { Figure } from '../lib/types';
import { countedWithEvent } from '../lib/figures/events';

/**
 * "Palestinians killed"; "of Gaza's people" after a proportion ("nearly half"); the unit when nothing
 * else is known; "" when the text said nothing.
 */
export function figureSubject(figure: Figure): string {
  const subject = countedWithEvent(figure.counts, figure.event);
  if (subject && figure.unit === 'proportion') return `of ${subject}`;
  return subject || (figure.unit === 'proportion' ? '' : figure.unit) || '';
}
