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

/** The value of an English-convention numeral, or NaN when the numeral is not one. */
export function parseNumeral(raw: string): number {
  const point = raw.indexOf('.');
  if (point !== raw.lastIndexOf('.')) return NaN; // "1.234.567": not English
  const whole = point >= 0 ? raw.slice(0, point) : raw;
  const fraction = point >= 0 ? raw.slice(point + 1) : '';
  if (fraction.includes(',')) return NaN; // "1.234,5"
  if (point >= 0 && !allDigits(fraction)) return NaN;

  const groups = whole.split(',');
  if (groups.length > 1) {
    // Thousands groups: 1–3 digits, then exactly three each.
    if (!allDigits(groups[0]) || groups[0].length > 3 || groups[0].startsWith('0')) return NaN;
    for (let g = 1; g < groups.length; g++) {
      if (groups[g].length !== 3 || !allDigits(groups[g])) return NaN;
    }
  } else {
    if (!allDigits(whole)) return NaN;
    // A leading zero marks a code ("007", "0958"), except "0" and "0.5".
    if (whole.length > 1 && whole.startsWith('0')) return NaN;
  }
  const digits = groups.join('');
  if (digits.length + fraction.length > MAX_DIGITS) return NaN;
  return Number(fraction ? `${digits}.${fraction}` : digits);
}

/** Whether a numeral has no separators: "2024" could be a year, "2,024" cannot. */
export function isPlainInteger(raw: string): boolean {
  return allDigits(raw);
}
