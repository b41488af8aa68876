// Day arithmetic on dates as precise as their text ("2024-03-16T10:17", "2024-03-16", "2024-03").

/** Milliseconds since the epoch of the start of an ISO date of any precision, or null. */
export function dateStart(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isFinite(time) ? time : null;
}

/** Whole days between two dates (by calendar day), or null when either is unknown. */
export function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  const ta = dateStart(a);
  const tb = dateStart(b);
  if (ta === null || tb === null) return null;
  return Math.round(Math.abs(ta - tb) / 86_400_000);
}

/** Whether `a` is a strictly earlier calendar day than `b`; null when unknown or the same day. */
export function earlier(a: string | null | undefined, b: string | null | undefined): 'a' | 'b' | null {
  const ta = dateStart(a);
  const tb = dateStart(b);
  if (ta === null || tb === null || ta === tb) return null;
  return ta < tb ? 'a' : 'b';
}
