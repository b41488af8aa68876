// Keeps a date exactly as the page states it ("2024-03-16T10:17:00+03:30"), but only when it looks like
// one: template placeholders ("{{date}}") and bare words are dropped rather than shown as a date.
import { cleanText } from './clean-text';

const MAX_DATE_CHARS = 64;

/** The date text trimmed, or null when it has no plausible year in it. */
export function cleanDate(value: unknown): string | null {
  const text = cleanText(value, MAX_DATE_CHARS);
  if (!text || !/(?:^|\D)(?:1[89]|20|21)\d{2}(?:\D|$)/.test(text)) return null;
  return text;
}
