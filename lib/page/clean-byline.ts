// Cleans an author line: one line, no "By " in front, no address posing as a name, bounded length.
import { cleanText } from './clean-text';

export const MAX_BYLINE_CHARS = 200;

/** "By  Jane Doe\n" → "Jane Doe"; an address, a handle-only or an empty line → null. */
export function cleanByline(value: unknown): string | null {
  const text = cleanText(value, MAX_BYLINE_CHARS * 2);
  if (!text) return null;
  // "By", "by:", "BY" and the common translations news sites print in front of names.
  const name = text.replace(/^(?:by|par|von|por|di|door|av|af)\b[:\s]+/i, '').trim();
  if (!name) return null;
  // article:author is often a profile address: it is not a name.
  if (/^(?:https?:\/\/|www\.)|^[\w.-]+\.(?:com|org|net)\//i.test(name)) return null;
  if (!/\p{L}/u.test(name)) return null;
  return cleanText(name, MAX_BYLINE_CHARS);
}
