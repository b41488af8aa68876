// Reads a numeral written in the English convention ("31,000", "2.4", "1,234.5") and refuses the rest.
// A numeral in another convention ("1.234,5", "1.234.567") or a malformed one ("1,1,1") gives NaN,
// so it yields no figure rather than a wrong one; so do identifiers such as "007" or 20-digit runs.

/** Longest plain digit run read as a number; longer runs are identifiers, not counts. */
const MAX_DIGITS = 15;

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The value of an English-convention numeral, or NaN when the numeral is not one. One scan, no allocation. */
export function parseNumeral(raw: string): number {
  let digits = 0;
  let groupLength = 0; // digits since the last comma, or since the start
  let commas = 0;
  let point = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      groupLength++;
    } else if (c === 44) {
      // A comma after the point ("1.234,5") or a group of the wrong size ("1,1", "1234,567"): not English.
      if (point >= 0 || groupLength === 0 || (commas === 0 ? groupLength > 3 : groupLength !== 3)) return NaN;
      commas++;
      groupLength = 0;
    } else if (c === 46) {
      if (point >= 0) return NaN; // "1.234.567"
      if (commas > 0 && groupLength !== 3) return NaN;
      point = i;
      groupLength = 0;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > MAX_DIGITS || groupLength === 0) return NaN;
  // A leading point: ".23456" is 0.23456.
  if (point === 0) return Number(`0${raw}`);
  if (commas > 0 && point < 0 && groupLength !== 3) return NaN;
  // A leading zero marks a code ("007", "0958", "0,123"), except "0" and "0.5".
  if (raw.charCodeAt(0) === 48 && raw.length > 1 && raw.charCodeAt(1) !== 46) return NaN;
  return Number(commas > 0 ? raw.replace(/,/g, '') : raw);
}

/** Whether a numeral has no separators: "2024" could be a year, "2,024" cannot. */
export function isPlainInteger(raw: string): boolean {
  return allDigits(raw);
}
