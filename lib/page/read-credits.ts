// Reads the credits an article prints in its own text: "First published by Tehran Times",
// "This article first appeared in Foreign Affairs", a wire credit "(Reuters) –", a dateline with its
// agency "TEHRAN, Mar. 16 (MNA) –", and a "By Jane Doe" line. Plain text in, no DOM: the seed parser
// uses it too. Every pattern is bounded and anchored on literal words, so the time is linear.

export interface TextCredits {
  /** The publisher the text says it was first published by. */
  originalPublisher: string | null;
  /** "TEHRAN" in "TEHRAN, Mar. 16 (MNA) –"; "GAZA CITY, Gaza Strip" in "GAZA CITY, Gaza Strip (AP) —". */
  dateline: string | null;
  /** "MNA" in "TEHRAN, Mar. 16 (MNA) –"; "Reuters" in "(Reuters) –". */
  agency: string | null;
  /** "Jane Doe" from a "By Jane Doe" line at the top. */
  byline: string | null;
}

/** How far into the text a dateline or byline may stand, and how many lines from the top. */
const HEAD_LINES = 6;
const HEAD_LINE_CHARS = 400;

/** What a credit may call the text: "This article first appeared on …", "The story was originally published in …". */
const THIS_TEXT = String.raw`\b(?:this|the)\s+(?:article|story|piece|report|post|op-ed|column|interview|essay|analysis|commentary|text)\s+(?:was\s+|is\s+|has\s+been\s+)?`;
/**
 * A republication credit: at the start of a line or sentence ("First published by Tehran Times."),
 * or about the text itself. "The video, first published by Reuters, shows" is not one: it must not
 * make Reuters the page's first publisher. Whitespace runs are bounded so the search stays linear.
 */
const REPUBLISHED = new RegExp(
  String.raw`(?:(?:^|[.!?"”]\s{0,40})|${THIS_TEXT})(?:first|originally)\s+(?:published|appeared|posted|ran)\s+(?:by|in|on|at|with)\s+([^\n]{1,160})` +
    String.raw`|\brepublished\s+(?:here\s+)?(?:with\s+(?:kind\s+)?permission\s+)?from\s+([^\n]{1,160})`,
  'gim',
);

/** Words that end a publisher's name in a credit sentence: "… in Foreign Affairs on March 3". */
const NAME_END = /\s+(?:on|in|under|at|as|with|is|was|for|from|via)\s|\s+and\s+(?=\p{Ll})|[.;!?](?=\s|$)|,|\s[-–—|(]/u;

/** The dash that closes a dateline or a wire credit. */
const DASH = String.raw`\s*[-–—‒]+\s*`;
/** Capitalized openers that are labels, not places. */
const NOT_PLACES =
  /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|OPINION|ANALYSIS|EDITOR'?S NOTE|PHOTOS?|VIDEO|NOTE|FILE|CORRECTION)$/;
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.\-]+){0,3}`;
const REGION = String.raw`,\s*\p{Lu}[\p{Ll}\p{M}.]+(?:\s+\p{Lu}[\p{Ll}\p{M}.]+){0,2}`;
const DATE = String.raw`,\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,?\s+\d{4})?`;
const AGENCY = String.raw`\(([^()\n]{2,40})\)`;
const DATELINE = new RegExp(`^(${PLACE})(${REGION})?(?:${DATE})?\\s*(?:${AGENCY})?${DASH}(?=\\S)`, 'u');
const WIRE = new RegExp(`^${AGENCY}${DASH}(?=\\S)`, 'u');

/** One name per "By" line: "Jane Doe", "Jane Doe and John Roe", "JANE DOE, Reuters". */
const BY_LINE = /^by\s+([^\n]{2,120})$/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|del|der|van|von|al|el|bin|ibn|la|le|and|&)$/u;

function trimName(raw: string): string | null {
  const end = raw.search(NAME_END);
  let cut = (end >= 0 ? raw.slice(0, end) : raw).trim();
  cut = cut
    .replace(/^the\s+(?=\p{Lu})/u, '')
    .replace(/^["“'‘]|["”'’]$/g, '')
    .trim();
  // An address as the credit: keep its host ("theconversation.com").
  const host = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\/|$)/i.exec(cut);
  if (host && /\.[a-z]{2,}$/i.test(host[1])) return host[1].toLowerCase();
  if (!/^\p{Lu}/u.test(cut) || cut.length > 80) return null;
  return cut;
}

function findOriginalPublisher(text: string): string | null {
  // The pattern starts on literal words and never looks past one line, so one pass is linear.
  let tries = 0;
  for (const match of text.matchAll(REPUBLISHED)) {
    const name = trimName(match[1] ?? match[2] ?? '');
    if (name || ++tries >= 20) return name;
  }
  return null;
}

function looksLikeNames(text: string): boolean {
  const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 12 && words.every((w) => NAME_WORD.test(w));
}

/** The credits a plain text gives about itself; every field null when it gives none. Never throws. */
export function readTextCredits(text: string): TextCredits {
  const credits: TextCredits = { originalPublisher: null, dateline: null, agency: null, byline: null };
  if (typeof text !== 'string' || !text) return credits;

  credits.originalPublisher = findOriginalPublisher(text);

  const lines: string[] = [];
  for (let start = 0; lines.length < HEAD_LINES && start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, Math.min(end, start + HEAD_LINE_CHARS)).trim();
    if (line) lines.push(line);
    start = end + 1;
  }

  for (const line of lines) {
    if (!credits.byline) {
      const by = BY_LINE.exec(line);
      const names = by
        ? by[1]
            .split(/\s+[|•·]\s+|,\s*(?:Reuters|AP|AFP|Associated Press|Staff|Staff Writer|Correspondent|Reporter)\b/)[0]
            .trim()
        : null;
      if (names && looksLikeNames(names)) {
        credits.byline = names;
        continue;
      }
    }
    if (!credits.dateline && !credits.agency) {
      const wire = WIRE.exec(line);
      if (wire) {
        credits.agency = wire[1].trim();
        break;
      }
      const dateline = DATELINE.exec(line);
      if (dateline && (dateline[3] || !NOT_PLACES.test(dateline[1]))) {
        credits.dateline = (dateline[1] + (dateline[2] ?? '')).replace(/\s+/g, ' ').trim();
        credits.agency = dateline[3]?.trim() || null;
        break;
      }
    }
  }
  return credits;
}
