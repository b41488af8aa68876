/**
 * HTML beyond this is cut before parsing: no article needs it, and parsing scales with it.
 * Parsers tolerate a cut document; the head, where metadata lives, comes first.
 */
export const MAX_HTML_CHARS = 12_000_000;
