// Character tests the text scanners share, on UTF-16 codes (`charCodeAt`, NaN past the end of the
// text, which is neither). One meaning each: a space is what /\s/ and String.prototype.trim see,
// a digit is an ASCII 0–9. Written out as code ranges so the scanners' inner loops make no string.

/** An ASCII digit, 0–9. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** White space or a line terminator as /\s/ sees it (ASCII 9–13 and 32, Unicode Zs, U+2028/9, U+FEFF). */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
