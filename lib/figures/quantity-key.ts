// Names the quantity a figure measures, the same way whatever the wording, so figures from different
// texts can be lined up: "close to 600 Israeli officers and soldiers have been killed" and "nearly 250
// Israeli troops who have lost their lives" both measure "Israeli soldiers killed"; "roughly 250 were
// taken captive" and "250 hostages" both measure "people taken captive".
import type { Figure } from '../types';
import { isDurationUnit } from './units';

export interface QuantityParts {
  /** Capitalised modifiers kept from the phrase: nationalities and places ("Israeli"). */
  modifiers: string[];
  /** The canonical head noun: "soldiers", "people", "Palestinians", "population". */
  head: string;
  event: string | null;
  /** "percent", a currency, a measure, or "duration"; null for a plain count. */
  unitTag: string | null;
  /** The place of a population: "Gaza" for "Gaza's population". */
  place: string | null;
}

/** Head nouns that name the same kind of thing (a Map: a text's word is never looked up on Object.prototype). */
const HEAD_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    troops: 'soldiers',
    troop: 'soldiers',
    soldiers: 'soldiers',
    soldier: 'soldiers',
    officers: 'soldiers',
    officer: 'soldiers',
    servicemen: 'soldiers',
    serviceman: 'soldiers',
    servicemembers: 'soldiers',
    personnel: 'soldiers',
    people: 'people',
    persons: 'people',
    person: 'people',
    individuals: 'people',
    hostages: 'captives',
    hostage: 'captives',
    captives: 'captives',
    captive: 'captives',
    abductees: 'captives',
    deaths: 'deaths',
    dead: 'deaths',
    fatalities: 'deaths',
    injuries: 'injuries',
    injured: 'injuries',
    others: 'people',
    residents: 'people',
    inhabitants: 'people',
    toll: 'deaths',
    fans: 'spectators',
    crowd: 'spectators',
    spectators: 'spectators',
    attendance: 'spectators',
    supporters: 'spectators',
    infections: 'cases',
    cases: 'cases',
    prisoners: 'prisoners',
    detainees: 'prisoners',
    inmates: 'prisoners',
    kids: 'children',
    children: 'children',
    child: 'children',
    militants: 'fighters',
    fighters: 'fighters',
    gunmen: 'fighters',
    homes: 'homes',
    houses: 'homes',
    dwellings: 'homes',
    turnout: 'turnout',
    wildfires: 'fires',
    blazes: 'fires',
    fires: 'fires',
    wildfire: 'fires',
    blaze: 'fires',
    fire: 'fires',
    quake: 'earthquake',
    earthquake: 'earthquake',
    quakes: 'earthquake',
    earthquakes: 'earthquake',
    tremor: 'earthquake',
  }),
);

/**
 * The events a key keeps: the normalized vocabulary, with the wordings that name the same thing.
 * Any other verb phrase ("called up", "face a massacre") says too little to tell quantities apart.
 */
const KEY_EVENTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    killed: 'killed',
    wounded: 'wounded',
    arrested: 'arrested',
    displaced: 'displaced',
    'taken captive': 'taken captive',
    released: 'released',
    missing: 'missing',
    evacuated: 'evacuated',
    rescued: 'rescued',
    deported: 'deported',
    executed: 'killed',
    imprisoned: 'imprisoned',
    destroyed: 'destroyed',
    damaged: 'damaged',
    held: 'taken captive',
    sheltering: 'displaced',
    infected: 'infected',
    collapsed: 'destroyed',
  }),
);

/** The event of a key: normalized, "serving life sentences" as imprisoned, anything else none. */
function keyEvent(event: string | null): string | null {
  if (event === null) return null;
  const e = event.toLowerCase();
  const known = KEY_EVENTS.get(e);
  if (known !== undefined) return known;
  if (/\bsentences?\b|\bjailed\b|\bprison\b/.test(e)) return 'imprisoned';
  const first = e.split(' ')[0];
  return KEY_EVENTS.get(first) ?? null;
}

/** "Palestinians", "Israelis", "Sudanese": a people named by a capitalised plural, kept as written. */
export function isDemonym(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /(?:ans|ians|is|ese|ch|sh|ks|ts)$/.test(word) && word.length > 3;
}

const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all', 'some', 'other']);

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['child', 'children'],
  ['man', 'men'],
  ['woman', 'women'],
  ['person', 'people'],
]);

/** Plural of a head read after "one": "one soldier" measures the same as "two soldiers". */
function plural(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word.toLowerCase());
  if (irregular !== undefined) return irregular;
  return word.endsWith('s') ? word : `${word}s`;
}

function possessor(word: string): string | null {
  const m = /^(.+?)['\u2019]s?$/.exec(word);
  return m && /['\u2019]s$|s['\u2019]$/.test(word) ? m[1] : null;
}

/** The parts of the quantity a figure measures, or null when the figure does not say what it counts. */
export function quantityParts(figure: Figure): QuantityParts | null {
  if (figure.counts === null || figure.counts.trim() === '') return null;
  let words = figure.counts.split(/\s+/).filter((w) => w.length > 0);
  // "prisoners of war": what follows "of" names a kind of the head, and stays with it.
  const of = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of');
  const kind =
    of > 0
      ? ` of ${words
          .slice(of + 1)
          .join(' ')
          .toLowerCase()}`
      : '';
  if (of > 0) words = words.slice(0, of);
  if (isDurationUnit(figure.unit)) {
    return {
      modifiers: [],
      head: words[words.length - 1].toLowerCase(),
      event: null,
      unitTag: 'duration',
      place: null,
    };
  }
  let place: string | null = null;
  const kept: string[] = [];
  for (const w of words) {
    const owner = possessor(w);
    if (owner !== null) place = owner;
    else if (!DETERMINERS.has(w.toLowerCase())) kept.push(w);
  }
  // Conjuncts: "Israeli officers and soldiers" has heads "officers" and "soldiers" and the shared "Israeli".
  const conjuncts: string[][] = [[]];
  for (const w of kept) {
    if (w.toLowerCase() === 'and' || w.toLowerCase() === 'or') conjuncts.push([]);
    else conjuncts[conjuncts.length - 1].push(w);
  }
  const heads = conjuncts.filter((c) => c.length > 0).map((c) => c[c.length - 1]);
  if (heads.length === 0) return null;
  const canonical = heads.map((h) => HEAD_SYNONYMS.get(h.toLowerCase()) ?? null);
  let head = canonical.includes('soldiers') ? 'soldiers' : (canonical[canonical.length - 1] ?? heads[heads.length - 1]);
  if (head === heads[heads.length - 1] && figure.value <= 1 && figure.unit === null) head = plural(head);
  // Capitals only for a people ("Palestinians"): "Turnout" at a sentence's start is "turnout".
  if (!isDemonym(head)) head = head.toLowerCase();
  head = HEAD_SYNONYMS.get(head) ?? head;
  const first = conjuncts[0];
  let modifiers = first.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w));

  let event = keyEvent(figure.event);
  // "Palestinian people" are "Palestinians"; "100 Palestinians serving life sentences" are Palestinian prisoners.
  if (head === 'people' && modifiers.length === 1 && /^\p{Lu}\p{Ll}+(?:an|i|ese)$/u.test(modifiers[0])) {
    head = /ese$/.test(modifiers[0]) ? modifiers[0] : `${modifiers[0]}s`;
    modifiers = [];
  }
  // "36,900 cases" and "nearly 37,000 people infected" count the same.
  if (event === 'infected' && (head === 'people' || isDemonym(head))) {
    head = 'cases';
    event = null;
  }
  if (event === 'imprisoned' && (isDemonym(head) || head === 'people')) {
    if (head !== 'people') modifiers = [head.replace(/s$/, '')];
    head = 'prisoners';
  }
  // Refugees are displaced by what the word means: "25 million refugees" and "32 million refugees", displaced.
  if (head === 'refugees') event = 'displaced';
  if (head === 'deaths') {
    head = 'people';
    event = 'killed';
  } else if (head === 'injuries') {
    head = 'people';
    event = 'wounded';
  } else if (head === 'captives' && (event === null || event === 'taken captive')) {
    head = 'people';
    event = 'taken captive';
  }
  if (kind !== '') return { modifiers, head: `${head}${kind}`, event, unitTag: figure.unit, place: null };
  if (head.toLowerCase() === 'population') {
    // A share of a population is not its size: "75% of Gaza's population" is "population (percent)".
    return { modifiers: [], head: 'population', event: null, unitTag: figure.unit, place };
  }
  const unitTag = figure.unit === null ? null : figure.unit;
  return { modifiers, head, event, unitTag, place: null };
}

/** The quantity as a label: "Israeli soldiers killed", "population of Gaza", "duration of war". */
export function labelOf(parts: QuantityParts): string {
  if (parts.unitTag === 'duration') return `duration of ${parts.head}`;
  if (parts.head === 'population') {
    const base = parts.place ? `population of ${parts.place}` : 'population';
    return parts.unitTag ? `${base} (${parts.unitTag})` : base;
  }
  const base = [...parts.modifiers, parts.head, ...(parts.event ? [parts.event] : [])].join(' ');
  return parts.unitTag ? `${base} (${parts.unitTag})` : base;
}

/**
 * The quantity a figure measures, as a label that is equal for figures that measure the same thing
 * ("Palestinians killed"); null when the figure does not say what it counts. Used to line figures up
 * and to tell which figures a page and a corpus article share.
 */
export function quantityKey(figure: Figure): string | null {
  const parts = quantityParts(figure);
  return parts ? labelOf(parts) : null;
}
