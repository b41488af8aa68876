// Lines up the figures of several texts that measure the same quantity ("Palestinians killed"), in time
// order, and flags the pairs that cannot both be true: same quantity, dates at most a week apart,
// and intervals that do not overlap even with a small tolerance.
//
// Two figures from the same text never contradict each other (a text that gives "close to 600 soldiers
// killed" and "nearly 250 troops killed in ground battles" reports a total and a part). Across texts, a
// pair is flagged only when neither figure is matched by some figure of the other text: a republished
// copy of the same article reports both the total and the part, and that is agreement.
//
// Places split a quantity: figures of one key whose sentences name places that share nothing are two
// lines ("people killed in Pakistan", "people killed in Kenya"); a figure that names no place joins the
// one line there is. "People" in a place join the line of the people who live there ("people displaced
// in Ukraine" and "Ukrainians displaced").
import type { Figure, FigureLine } from '../types';
import { placeMentions, placeOfPeople } from './figure-places';
import { isDemonym, labelOf, quantityParts, type QuantityParts } from './quantity-key';
import { DAYS_PER_UNIT } from './units';

export { quantityKey } from './quantity-key';

export interface LineUpInput {
  figures: Figure[];
  /** null for the page itself. */
  articleId: string | null;
  outlet: string | null;
  /** ISO date (or date-time) of the text, or null when unknown. */
  date: string | null;
}

/** At most this many days apart, two figures speak of "about the same time". */
const SAME_TIME_DAYS = 7;
/** Relative slack when comparing intervals, for rounding ("31,000" against "more than 31,000"). */
const TOLERANCE = 0.02;
const DAY_MS = 86_400_000;

type Entry = FigureLine['entries'][number];

interface Placed {
  entry: Entry;
  input: number;
  order: number;
  time: number | null;
  lo: number;
  hi: number;
  /** The places the figure's sentence names, lower-cased. */
  places: string[];
  /** Those of them with no other number between them and the figure: the figure's own clause. */
  ownPlaces: string[];
}

/** The places of a figure's sentence, and those near enough to be its own. */
function placesOf(figure: Figure): { places: string[]; ownPlaces: string[] } {
  const mentions = placeMentions(figure.sentence);
  const from = figure.sentence.indexOf(figure.text);
  const to = from + figure.text.length;
  const own = mentions.filter(
    (m) => from < 0 || !/\d/.test(m.at < from ? figure.sentence.slice(m.at, from) : figure.sentence.slice(to, m.at)),
  );
  return { places: [...new Set(mentions.map((m) => m.place))], ownPlaces: [...new Set(own.map((m) => m.place))] };
}

type Group = { parts: QuantityParts; placed: Placed[] };

function timeOf(date: string | null): number | null {
  if (date === null) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : t;
}

/** The interval a figure allows, durations in days; open bounds become 0 and infinity. */
function intervalOf(figure: Figure): { lo: number; hi: number } {
  const scale = figure.unit !== null && figure.unit in DAYS_PER_UNIT ? DAYS_PER_UNIT[figure.unit] : 1;
  const lo = (figure.lower ?? 0) * scale;
  const hi = figure.upper === null ? Infinity : figure.upper * scale;
  return { lo, hi };
}

function overlaps(a: { lo: number; hi: number }, b: { lo: number; hi: number }): boolean {
  return a.lo <= b.hi * (1 + TOLERANCE) && b.lo <= a.hi * (1 + TOLERANCE);
}

function describeBounds(f: Figure): string {
  const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const unit = f.unit ? ` ${f.unit}` : '';
  if (f.lower !== null && f.upper !== null) {
    return f.lower === f.upper ? `${fmt(f.lower)}${unit}` : `${fmt(f.lower)}–${fmt(f.upper)}${unit}`;
  }
  if (f.lower !== null) return `${fmt(f.lower)}${unit} or more`;
  if (f.upper !== null) return `up to ${fmt(f.upper)}${unit}`;
  return 'any number';
}

function describeEntry(e: Entry): string {
  const who = e.articleId === null ? 'this page' : (e.outlet ?? 'a corpus article');
  return `"${e.figure.text}" (${describeBounds(e.figure)}; ${who}, ${e.date ?? 'undated'})`;
}

function sameGroupKey(p: QuantityParts): string {
  return [p.head, p.event ?? '', p.unitTag ?? ''].join('|');
}

/**
 * Merges a line with no modifiers ("soldiers killed") into the one line that has the same head with
 * modifiers ("Israeli soldiers killed"), when exactly one such line exists.
 */
function mergeBareHeads(groups: Map<string, Group>): void {
  const qualified = new Map<string, string[]>();
  for (const [label, g] of groups) {
    if (g.parts.modifiers.length > 0) {
      const k = sameGroupKey(g.parts);
      qualified.set(k, [...(qualified.get(k) ?? []), label]);
    }
  }
  for (const [label, g] of [...groups]) {
    if (g.parts.modifiers.length > 0 || g.parts.head === 'people' || g.parts.head === 'population') continue;
    const targets = qualified.get(sameGroupKey(g.parts));
    if (targets && targets.length === 1) {
      groups.get(targets[0])?.placed.push(...g.placed);
      groups.delete(label);
    }
  }
}

/** Moves figures of "people" in a place into the one line of the people living there, same event and unit. */
function joinPeopleToTheirLine(groups: Map<string, Group>): void {
  const peoples = [...groups.values()].filter((g) => isDemonym(g.parts.head) && g.parts.modifiers.length === 0);
  for (const [label, g] of [...groups]) {
    if (g.parts.head !== 'people' || g.parts.modifiers.length > 0) continue;
    const stay: Placed[] = [];
    for (const p of g.placed) {
      const homes =
        p.ownPlaces.length === 0
          ? []
          : peoples.filter(
              (d) =>
                d.parts.event === g.parts.event &&
                d.parts.unitTag === g.parts.unitTag &&
                p.ownPlaces.some(
                  (place) => placeOfPeople(d.parts.head, place) || d.placed.some((q) => q.places.includes(place)),
                ),
            );
      if (homes.length === 1) homes[0].placed.push(p);
      else stay.push(p);
    }
    if (stay.length === 0) groups.delete(label);
    else g.placed = stay;
  }
}

/**
 * Splits a line by place: figures whose places are shared (directly or through others) stay together;
 * with more than one such cluster, each becomes "label in Place" and the figures naming no place keep
 * the label. Quadratic only in the figures of one line, which stay few.
 */
function splitByPlace(label: string, placed: Placed[]): Array<[string, Placed[]]> {
  const clusters: Array<{ places: Set<string>; placed: Placed[] }> = [];
  const unplaced: Placed[] = [];
  for (const p of placed) {
    if (p.places.length === 0) {
      unplaced.push(p);
      continue;
    }
    const joined = clusters.filter((c) => p.places.some((x) => c.places.has(x)));
    const into = joined[0] ?? { places: new Set<string>(), placed: [] };
    if (joined.length === 0) clusters.push(into);
    for (const other of joined.slice(1)) {
      for (const x of other.places) into.places.add(x);
      into.placed.push(...other.placed);
      clusters.splice(clusters.indexOf(other), 1);
    }
    for (const x of p.places) into.places.add(x);
    into.placed.push(p);
  }
  if (clusters.length <= 1) return [[label, placed]];
  const out: Array<[string, Placed[]]> = clusters.map((c) => [`${label} in ${placeName(c.placed[0])}`, c.placed]);
  if (unplaced.length > 0) out.push([label, unplaced]);
  return out;
}

/** The first place of a figure, as its sentence writes it. */
function placeName(p: Placed): string {
  const place = p.places[0];
  const at = p.entry.figure.sentence.toLowerCase().indexOf(place);
  return at < 0 ? place : p.entry.figure.sentence.slice(at, at + place.length);
}

function contradictionsOf(placed: Placed[]): FigureLine['contradictions'] {
  const out: FigureLine['contradictions'] = [];
  // matchedIn[i]: the texts in which some figure agrees with entry i.
  const matchedIn = placed.map(() => new Set<number>());
  for (let a = 0; a < placed.length; a++) {
    for (let b = a + 1; b < placed.length; b++) {
      if (overlaps(placed[a], placed[b])) {
        matchedIn[a].add(placed[b].input);
        matchedIn[b].add(placed[a].input);
      }
    }
  }
  for (let a = 0; a < placed.length; a++) {
    for (let b = a + 1; b < placed.length; b++) {
      const x = placed[a];
      const y = placed[b];
      if (x.input === y.input || x.time === null || y.time === null) continue;
      if (Math.abs(x.time - y.time) > SAME_TIME_DAYS * DAY_MS) continue;
      if (overlaps(x, y)) continue;
      // A figure matched by another figure of the other text is corroborated there, not contradicted.
      if (matchedIn[a].has(y.input) || matchedIn[b].has(x.input)) continue;
      out.push({
        a,
        b,
        why: `${describeEntry(x.entry)} and ${describeEntry(y.entry)} cannot both hold: the intervals do not overlap.`,
      });
    }
  }
  return out;
}

/**
 * Lines up the figures of `inputs` by quantity: one line per quantity with at least one figure,
 * entries in time order (undated last), contradictions between texts flagged. Lines with more
 * entries come first.
 */
export function lineUpFigures(inputs: LineUpInput[]): FigureLine[] {
  const groups = new Map<string, Group>();
  let order = 0;
  inputs.forEach((input, inputIndex) => {
    const time = timeOf(input.date);
    for (const figure of input.figures) {
      const parts = quantityParts(figure);
      if (parts === null) continue;
      const label = labelOf(parts);
      const group = groups.get(label) ?? { parts, placed: [] };
      groups.set(label, group);
      const { lo, hi } = intervalOf(figure);
      group.placed.push({
        entry: { figure, articleId: input.articleId, outlet: input.outlet, date: input.date },
        input: inputIndex,
        order: order++,
        time,
        lo,
        hi,
        ...placesOf(figure),
      });
    }
  });
  mergeBareHeads(groups);
  joinPeopleToTheirLine(groups);

  const lines: Array<FigureLine & { first: number }> = [];
  for (const [quantity, unsorted] of [...groups].flatMap(([label, g]) => splitByPlace(label, g.placed))) {
    const placed = [...unsorted].sort((x, y) => {
      if (x.time !== y.time) {
        if (x.time === null) return 1;
        if (y.time === null) return -1;
        return x.time - y.time;
      }
      return x.order - y.order;
    });
    lines.push({
      quantity,
      entries: placed.map((p) => p.entry),
      contradictions: contradictionsOf(placed),
      first: placed.reduce((m, p) => Math.min(m, p.order), Infinity),
    });
  }
  lines.sort((x, y) => y.entries.length - x.entries.length || x.first - y.first);
  return lines.map(({ quantity, entries, contradictions }) => ({ quantity, entries, contradictions }));
}
