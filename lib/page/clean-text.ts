// Cleans one metadata string from an untrusted page: decodes stray entities, drops invisible and
// direction-control characters (they can disguise a name or reorder it on screen), collapses
// whitespace and caps the length, so every value the engine keeps is plain, bounded text.

/** Zero-width characters, bidi embeddings/overrides/isolates, soft hyphen, BOM and C0/C1 controls. */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** The named entities that survive double-escaping in real pages' metadata; the rest stay as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
};

/** Decodes `&amp;`, `&#39;`, `&#x2019;` and the few named entities above; invalid code points become U+FFFD. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (whole, dec, hex, name) => {
    if (name) return Object.hasOwn(NAMED, name.toLowerCase()) ? NAMED[name.toLowerCase()] : whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  });
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end).trimEnd();
}

/**
 * A clean single-line string from any value, or null when nothing readable is left.
 * Non-strings give null: JSON-LD fields may hold numbers, objects or arrays.
 */
export function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  // Bound the work before any regular expression sees a hostile megabyte.
  const bounded = value.length > max * 4 + 64 ? value.slice(0, max * 4 + 64) : value;
  const text = decodeEntities(bounded).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return capLength(text, max);
}

/** As INVISIBLE, but keeping the zero-width (non-)joiners that Persian words and emoji need. */
const INVISIBLE_IN_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** Removes invisible and direction-control characters but keeps line structure: for the article text. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_IN_TEXT, '');
}
