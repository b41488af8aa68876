// The date a text implies when it states none: how long a dated war has lasted ("the nearly
// seven-month-long war", "after more than 160 days of the war", "day 200 of the war", "thirteen
// months into the war"), counted from its start, and the latest full date the text mentions (it was
// written on or after it). An estimate, with its reason: never a replacement for a stated date.
import { SMALL_NUMBERS, TENS } from '../figures/number-words';
import { UNIT_DAYS } from './dates';

export interface ImpliedDate {
  /** The estimated day (ISO). */
  iso: string;
  /** "about early May 2024" */
  label: string;
  /** What it is read from: "“the nearly seven-month-long war”, counted from 7 October 2023 (the war in Gaza)". */
  reason: string;
  /** How far it is to be trusted against a stated date (0..1). */
  confidence: number;
}

/**
 * Wars the news counts its days from, with what names them in a text. A text that counts the
 * months of "the war" and speaks of Gaza counts from 7 October 2023.
 */
export const DATED_WARS: ReadonlyArray<{ start: string; name: string; cue: RegExp }> = [
  {
    start: '2023-10-07',
    name: 'the war in Gaza',
    cue: /\b(?:gaza|hamas|palestinian|israeli?|october 7|7 october)\b/gi,
  },
  { start: '2022-02-24', name: 'Russia’s full-scale invasion of Ukraine', cue: /\b(?:ukrain\w*|kyiv|kremlin)\b/gi },
  { start: '2023-04-15', name: 'the war in Sudan', cue: /\b(?:sudan\w*|darfur|rapid support forces|khartoum)\b/gi },
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_INDEX: Record<string, number> = Object.fromEntries(
  MONTHS.flatMap((m, i) => [
    [m.toLowerCase(), i],
    [m.slice(0, 3).toLowerCase(), i],
  ]),
);

const DAY = 86_400_000;

const NUMBER = String.raw`(\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|sixty)`;
const HEDGE = String.raw`(nearly|almost|close to|more than|over|some|about|around|roughly|at least|just over|just under)?`;
const UNIT = String.raw`(day|week|month|year)s?`;
const WAR = String.raw`(?:war|onslaught|offensive|conflict|genocide|aggression|invasion|fighting|assault|campaign|bombardment|siege)`;

/** Duration phrases, each giving (hedge, number, unit). */
const DURATIONS: RegExp[] = [
  // "the nearly seven-month-long genocidal onslaught", "the 200-day war"
  new RegExp(String.raw`\b${HEDGE}\s*${NUMBER}[- ]${UNIT}(?:[- ]long|[- ]old)?\s+(?:[\w-]+\s+){0,3}?${WAR}\b`, 'gi'),
  // "after more than 160 days of the war", "thirteen months into the war", "six months since the war
  // began", "eight months after the invasion"
  new RegExp(
    String.raw`\b${HEDGE}\s*${NUMBER}\s+${UNIT}\s+(?:of|into|since the start of|after the start of|since|after)\s+(?:the\s+|israel's\s+|russia's\s+)?(?:[\w-]+\s+){0,2}?${WAR}\b`,
    'gi',
  ),
];
/** "day 160 of the war" */
const DAY_OF = new RegExp(String.raw`\bday\s+(\d{1,4})\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${WAR}\b`, 'gi');
/** "March 14, 2024", "14 March 2024" */
const FULL_DATE =
  /\b(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4}))\b/gi;

function readNumber(word: string): number | null {
  const w = word.toLowerCase().replace('-', ' ');
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  if (w in SMALL_NUMBERS) return SMALL_NUMBERS[w];
  if (w in TENS) return TENS[w];
  const [tens, ones] = w.split(' ');
  if (tens in TENS && ones in SMALL_NUMBERS) return TENS[tens] + SMALL_NUMBERS[ones];
  return null;
}

/** Days a hedge moves a duration: "nearly seven months" is a little under, "more than 160 days" a little over. */
function hedgeDays(hedge: string | undefined, unitDays: number): number {
  const h = (hedge ?? '').toLowerCase();
  const step = Math.min(10, Math.max(2, unitDays * 0.15));
  if (['nearly', 'almost', 'close to', 'just under'].includes(h)) return -step;
  if (['more than', 'over', 'at least', 'just over'].includes(h)) return step;
  return 0;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const spoken = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/** "about early May 2024": the third of the month, month and year. */
export function approximateLabel(isoDay: string): string {
  const d = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  const day = d.getUTCDate();
  const part = day <= 10 ? 'early' : day <= 20 ? 'mid-' : 'late';
  return `about ${part}${part.endsWith('-') ? '' : ' '}${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The war a text counts from: the one it names most (none when it names none). */
function warOf(text: string): (typeof DATED_WARS)[number] | null {
  let best: (typeof DATED_WARS)[number] | null = null;
  let bestCount = 0;
  for (const war of DATED_WARS) {
    const count = text.match(war.cue)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [war, count];
  }
  return best;
}

/** The date a text implies, or null when it gives no clue. Only for texts that state no date. */
export function impliedDate(text: string): ImpliedDate | null {
  const clipped = text.slice(0, 50_000);
  const candidates: Array<{ time: number; reason: string; confidence: number }> = [];
  const war = warOf(clipped);
  if (war) {
    const start = Date.parse(`${war.start}T00:00:00Z`);
    for (const pattern of DURATIONS) {
      pattern.lastIndex = 0;
      for (const m of clipped.matchAll(pattern)) {
        const n = readNumber(m[2]);
        const unit = UNIT_DAYS[m[3].toLowerCase()];
        if (n === null || n <= 0 || !unit) continue;
        const days = n * unit + hedgeDays(m[1], unit);
        // Counts shorter than a week or longer than the war could be are about something else.
        if (days < 7 || days > 3650) continue;
        candidates.push({
          time: start + days * DAY,
          reason: `“${m[0].trim()}”, counted from ${spoken(start)} (${war.name})`,
          confidence: unit >= 30 ? 0.5 : 0.7,
        });
      }
    }
    DAY_OF.lastIndex = 0;
    for (const m of clipped.matchAll(DAY_OF)) {
      const n = Number(m[1]);
      if (n < 2 || n > 3650) continue;
      candidates.push({
        time: start + (n - 1) * DAY,
        reason: `“${m[0].trim()}”, counted from ${spoken(start)} (${war.name})`,
        confidence: 0.7,
      });
    }
  }
  // The latest full date mentioned: the text was written on or after it.
  let latest: { time: number; text: string } | null = null;
  FULL_DATE.lastIndex = 0;
  for (const m of clipped.matchAll(FULL_DATE)) {
    const month = MONTH_INDEX[(m[1] ?? m[5]).toLowerCase().slice(0, 3)];
    const day = Number(m[2] ?? m[4]);
    const year = Number(m[3] ?? m[6]);
    if (month === undefined || day < 1 || day > 31 || year < 1900 || year > 2200) continue;
    const time = Date.UTC(year, month, day);
    if (!latest || time > latest.time) latest = { time, text: m[0] };
  }
  if (candidates.length === 0 && !latest) return null;
  let chosen: { time: number; reason: string; confidence: number };
  if (candidates.length > 0) {
    // The longest count is the freshest: a text recalls earlier stages of a war, not later ones.
    chosen = candidates.reduce((a, b) => (b.time > a.time ? b : a));
    if (latest && latest.time > chosen.time)
      chosen = { time: latest.time + DAY, reason: `it mentions ${spoken(latest.time)}`, confidence: 0.4 };
  } else {
    chosen = {
      time: latest!.time + DAY,
      reason: `it mentions ${spoken(latest!.time)}, its latest date`,
      confidence: 0.3,
    };
  }
  const day = iso(chosen.time);
  return { iso: day, label: approximateLabel(day), reason: chosen.reason, confidence: chosen.confidence };
}
