// Feed dates: RFC 822 in RSS ("Sat, 16 Mar 2024 10:17:00 +0330"), RFC 3339 in Atom and JSON Feed
// ("2024-03-16T10:17:00+03:30"). Read here into an ISO 8601 string that keeps the zone the feed
// gave, which the corpus's own date reader takes with minute precision.

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};
/** RFC 822's zone names, as offsets. */
const ZONES: Record<string, string> = {
  ut: 'Z', utc: 'Z', gmt: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
const pad = (n: number | string) => String(n).padStart(2, '0');

const RFC822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?)?$/i;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?)?$/;

function zone(raw: string | undefined): string | null {
  if (!raw) return 'Z';
  if (/^[+-]\d{2}:?\d{2}$/.test(raw)) return `${raw.slice(0, 3)}:${raw.slice(-2)}`;
  return ZONES[raw.toLowerCase()] ?? null;
}

function valid(y: number, m: number, d: number, hh = 0, mm = 0): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate() && hh <= 23 && mm <= 59;
}

/** A feed's date as ISO 8601 ("2024-03-16T10:17:00+03:30", or "2024-03-16" when only a day is given), or null. */
export function feedDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text.length < 8 || text.length > 80) return null;
  let m = RFC3339.exec(text);
  if (m) {
    const [, y, mo, d, hh, mm, ss, z] = m;
    if (!valid(+y, +mo, +d, hh ? +hh : 0, mm ? +mm : 0)) return null;
    if (!hh) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${hh}:${mm}:${ss ?? '00'}${zone(z) ?? 'Z'}`;
  }
  m = RFC822.exec(text);
  if (m) {
    const [, d, mon, yRaw, hh, mm, ss, z] = m;
    const month = MONTHS[mon.toLowerCase()];
    // Two-digit years, as RFC 822 wrote them.
    const y = yRaw.length === 2 ? 2000 + +yRaw : +yRaw;
    if (!month || !valid(y, +month, +d, hh ? +hh : 0, mm ? +mm : 0)) return null;
    if (!hh) return `${y}-${month}-${pad(d)}`;
    const offset = zone(z);
    if (offset) return `${y}-${month}-${pad(d)}T${pad(hh)}:${mm}:${pad(ss ?? '00')}${offset}`;
  }
  // Anything else the JavaScript date reader takes, in UTC.
  const time = Date.parse(text);
  if (!Number.isFinite(time)) return null;
  const iso = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const year = +iso.slice(0, 4);
  return year >= 1900 && year <= 2200 ? iso : null;
}
