// Day arithmetic on dates as precise as their text ("2024-03-16T10:17", "2024-03-16", "2024-03"), and the
// days a text refers to relative to its own date ("last week", "on Monday"), where the news it reports happened.
import { SMALL_NUMBERS } from '../figures/number-words';

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

/**
 * A span of days a text refers to relative to its own date ("last week", "on Monday"): where the news
 * it reports happened, which may be days before the text came out.
 */
export interface ReferredSpan {
  /** The words read: "last week". */
  phrase: string;
  /** First and last day of the span (ISO, inclusive). */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Mean days in a unit of time. */
export const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.44, year: 365.25 };
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const monday = (t: number) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
const monthStart = (t: number, shift: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift, 1);
};
const yearStart = (t: number, shift: number) => Date.UTC(new Date(t).getUTCFullYear() + shift, 0, 1);

/**
 * Relative references and the span each gives against the text's own day `a` (ms, UTC midnight).
 * A bare weekday is the last such day up to the text's own (news reports what happened, rarely what
 * will); "next Monday" and "this coming Monday" are left out.
 */
type Span = (m: RegExpExecArray, a: number) => [number, number] | null;
const REFERENCES: ReadonlyArray<{ pattern: RegExp; span: Span }> = [
  { pattern: /\b(yesterday|last night)\b/gi, span: (_, a) => [a - DAY_MS, a - DAY_MS] },
  {
    pattern: /\b(next |this coming |last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    span: (m, a) => {
      const before = (m[1] ?? '').toLowerCase();
      if (before === 'next ' || before === 'this coming ') return null;
      const back = (new Date(a).getUTCDay() - WEEKDAYS.indexOf(m[2].toLowerCase()) + 7) % 7 || (before ? 7 : 0);
      return [a - back * DAY_MS, a - back * DAY_MS];
    },
  },
  // Weeks run Monday to Sunday.
  { pattern: /\blast week\b/gi, span: (_, a) => [monday(a) - 7 * DAY_MS, monday(a) - DAY_MS] },
  { pattern: /\b(?:earlier )?this week\b/gi, span: (_, a) => [monday(a), a] },
  { pattern: /\blast month\b/gi, span: (_, a) => [monthStart(a, -1), monthStart(a, 0) - DAY_MS] },
  { pattern: /\b(?:earlier )?this month\b/gi, span: (_, a) => [monthStart(a, 0), a] },
  { pattern: /\blast year\b/gi, span: (_, a) => [yearStart(a, -1), yearStart(a, 0) - DAY_MS] },
  { pattern: /\b(?:earlier )?this year\b/gi, span: (_, a) => [yearStart(a, 0), a] },
  {
    // "two weeks ago", "10 days ago": as exact as its unit.
    pattern: /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month|year)s? ago\b/gi,
    span: (m, a) => {
      const word = m[1].toLowerCase();
      const n = /^\d/.test(word) ? Number(word) : word === 'a' || word === 'an' ? 1 : SMALL_NUMBERS[word];
      const unit = UNIT_DAYS[m[2].toLowerCase()];
      const at = a - Math.round(n * unit) * DAY_MS;
      const slack = Math.round(unit / 4) * DAY_MS;
      return [at - slack, at + slack];
    },
  },
  {
    // "two weeks after he died", "three days after the attack": the page reports a later day of the
    // news, and its event lies that long before the page's own date.
    pattern: /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month)s? after\b/gi,
    span: (m, a) => {
      const word = m[1].toLowerCase();
      const n = /^\d/.test(word) ? Number(word) : word === 'a' || word === 'an' ? 1 : SMALL_NUMBERS[word];
      const unit = UNIT_DAYS[m[2].toLowerCase()];
      const at = a - Math.round(n * unit) * DAY_MS;
      const slack = Math.round(unit / 4) * DAY_MS;
      return [at - slack, at + slack];
    },
  },
];

/**
 * The spans of days a text refers to relative to `anchor`, its own date (ISO, any precision): "last
 * week", "on Monday", "yesterday", "two weeks ago", "last month", "earlier this month", "this year".
 * Each phrase once, in order of first use. English only.
 */
export function referredSpans(text: string, anchor: string | null | undefined): ReferredSpan[] {
  const a = dateStart(anchor);
  if (a === null) return [];
  const clipped = text.length > 50_000 ? text.slice(0, 50_000) : text;
  const found: Array<ReferredSpan & { at: number }> = [];
  const seen = new Set<string>();
  for (const { pattern, span } of REFERENCES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clipped); m; m = pattern.exec(clipped)) {
      const phrase = m[0].toLowerCase();
      if (seen.has(phrase)) continue;
      const days = span(m, a);
      if (!days) continue;
      seen.add(phrase);
      found.push({ phrase, from: isoDay(days[0]), to: isoDay(days[1]), at: m.index });
    }
  }
  return found.sort((x, y) => x.at - y.at).map(({ phrase, from, to }) => ({ phrase, from, to }));
}

export interface ReferredDistance {
  days: number;
  phrase: string;
}

/** Widest span that says when the news happened: "last month" does, "this year" does not. */
export const MAX_REFERRED_SPAN_DAYS = 31;

/**
 * Days from `date` to the nearest span narrow enough to date the news (0 within one), with the
 * phrase that gives it; null when there is none or `date` is unknown.
 */
export function daysToReferred(spans: ReferredSpan[], date: string | null | undefined): ReferredDistance | null {
  const t = dateStart(date);
  if (t === null) return null;
  let best: ReferredDistance | null = null;
  for (const span of spans) {
    const from = dateStart(span.from)!;
    const to = dateStart(span.to)!;
    if ((to - from) / DAY_MS + 1 > MAX_REFERRED_SPAN_DAYS) continue;
    const days = Math.round((t < from ? from - t : t > to ? t - to : 0) / DAY_MS);
    if (!best || days < best.days) best = { days, phrase: span.phrase };
  }
  return best;
}
