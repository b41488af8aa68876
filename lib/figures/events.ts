// What happened to the things a figure counts: "killed", "wounded", "taken captive", "released"…
// Many wordings name the same event ("lost their lives", "died", "martyred" are all "killed"), so events
// are normalised through one lexicon; other verb phrases after an auxiliary are kept as written
// ("are serving life sentences" gives "serving life sentences").
import { lookupTable } from '../text/lookup-table';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  isAdverb,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
  TIME_WORDS,
  VERB_FILLERS,
} from './function-words';
import type { Token } from './tokens';
import { startsNumberWords } from './number-words';

/** Wordings after the counted phrase, to the event they name. Longest first within each length. */
const AFTER: ReadonlyArray<readonly [string, string]> = [
  ['lost their lives', 'killed'],
  ['lost their life', 'killed'],
  ['lost his life', 'killed'],
  ['lost her life', 'killed'],
  ['taken captive', 'taken captive'],
  ['taken hostage', 'taken captive'],
  ['taken prisoner', 'taken captive'],
  ['held captive', 'taken captive'],
  ['held hostage', 'taken captive'],
  ['held as hostages', 'taken captive'],
  ['held as captives', 'taken captive'],
  ['kept hostage', 'taken captive'],
  ['taken into custody', 'arrested'],
  ['taken in custody', 'arrested'],
  ['forced out', 'displaced'],
  ['made homeless', 'displaced'],
  ['uprooted', 'displaced'],
  ['fled their homes', 'displaced'],
  ['lost their homes', 'displaced'],
  ['murdered', 'killed'],
  ['massacred', 'killed'],
  ['confirmed dead', 'killed'],
  ['fatally', 'killed'],
  ['hospitalised', 'wounded'],
  ['hospitalized', 'wounded'],
  ['maimed', 'wounded'],
  ['rounded up', 'arrested'],
  ['apprehended', 'arrested'],
  ['liberated', 'released'],
  ['let go', 'released'],
  ['repatriated', 'released'],
  ['held in captivity', 'taken captive'],
  ['in captivity', 'taken captive'],
  ['set free', 'released'],
  ['forced to flee', 'displaced'],
  ['forced from their homes', 'displaced'],
  ['left homeless', 'displaced'],
  ['homeless', 'displaced'],
  ['fled', 'displaced'],
  ['fleeing', 'displaced'],
  ['ordered to evacuate', 'evacuated'],
  ['told to evacuate', 'evacuated'],
  ['forced to evacuate', 'evacuated'],
  ['listed as missing', 'missing'],
  ['reported missing', 'missing'],
  ['unaccounted for', 'missing'],
  ['collapsed', 'destroyed'],
  ['shot dead', 'killed'],
  ['from their homes', 'displaced'],
  ['suffered injuries', 'wounded'],
  ['suffered minor injuries', 'wounded'],
  ['suffered serious injuries', 'wounded'],
  ['sustained injuries', 'wounded'],
  ['sustained serious injuries', 'wounded'],
  ['killed', 'killed'],
  ['dead', 'killed'],
  ['died', 'killed'],
  ['die', 'killed'],
  ['slain', 'killed'],
  ['martyred', 'killed'],
  ['perished', 'killed'],
  ['wounded', 'wounded'],
  ['injured', 'wounded'],
  ['hurt', 'wounded'],
  ['abducted', 'taken captive'],
  ['kidnapped', 'taken captive'],
  ['captured', 'taken captive'],
  ['released', 'released'],
  ['freed', 'released'],
  ['arrested', 'arrested'],
  ['detained', 'arrested'],
  ['displaced', 'displaced'],
  ['missing', 'missing'],
  ['evacuated', 'evacuated'],
  ['rescued', 'rescued'],
  ['deported', 'deported'],
  ['executed', 'executed'],
  ['imprisoned', 'imprisoned'],
  ['jailed', 'imprisoned'],
  ['destroyed', 'destroyed'],
  ['damaged', 'damaged'],
  ['demolished', 'destroyed'],
];

/** Nouns of events before "of": "claimed the lives of", "the deaths of", "the release of". */
const EVENT_BEFORE_OF: Readonly<Record<string, string>> = lookupTable({
  lives: 'killed',
  deaths: 'killed',
  death: 'killed',
  killing: 'killed',
  killings: 'killed',
  murder: 'killed',
  murders: 'killed',
  massacre: 'killed',
  slaughter: 'killed',
  toll: 'killed',
  release: 'released',
  releases: 'released',
  freeing: 'released',
  arrest: 'arrested',
  arrests: 'arrested',
  detention: 'arrested',
  detentions: 'arrested',
  displacement: 'displaced',
  expulsion: 'displaced',
  evacuation: 'evacuated',
  injury: 'wounded',
  injuries: 'wounded',
  injuring: 'wounded',
  wounding: 'wounded',
  abduction: 'taken captive',
  abductions: 'taken captive',
  kidnapping: 'taken captive',
  capture: 'taken captive',
  exchange: 'released',
  swap: 'released',
});

/** "the lives of" names a death only after these: "claimed the lives of", "cost the lives of". */
const LIVES_VERBS = new Set([
  'claimed',
  'claiming',
  'claims',
  'claim',
  'taken',
  'took',
  'taking',
  'cost',
  'costing',
  'costs',
  'ended',
  'ending',
  'lost',
  'snuffed',
]);

/** Prepositions of a place or time a phrase may carry before its verb: "31,000 Palestinians in Gaza have been killed". */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'across',
  'from',
  'on',
  'at',
  'inside',
  'throughout',
  'since',
  'during',
  'near',
  'around',
  'along',
  'within',
  'outside',
  'over',
]);

/** Active verbs before the number: "Israel has killed more than 31,000 Palestinians". */
const BEFORE: Readonly<Record<string, string>> = lookupTable({
  killed: 'killed',
  killing: 'killed',
  kills: 'killed',
  kill: 'killed',
  slew: 'killed',
  wounded: 'wounded',
  wounding: 'wounded',
  wounds: 'wounded',
  injured: 'wounded',
  injuring: 'wounded',
  released: 'released',
  releasing: 'released',
  release: 'released',
  releases: 'released',
  freed: 'released',
  freeing: 'released',
  free: 'released',
  arrested: 'arrested',
  arresting: 'arrested',
  arrest: 'arrested',
  detained: 'arrested',
  detaining: 'arrested',
  displaced: 'displaced',
  displacing: 'displaced',
  abducted: 'taken captive',
  abducting: 'taken captive',
  kidnapped: 'taken captive',
  kidnapping: 'taken captive',
  captured: 'taken captive',
  capturing: 'taken captive',
  kidnaps: 'taken captive',
  kidnap: 'taken captive',
  abduct: 'taken captive',
  slaying: 'killed',
  murdered: 'killed',
  murdering: 'killed',
  massacred: 'killed',
  injure: 'wounded',
  injures: 'wounded',
  wound: 'wounded',
  detain: 'arrested',
  detains: 'arrested',
  arrests: 'arrested',
  displace: 'displaced',
  displaces: 'displaced',
  uprooted: 'displaced',
  uprooting: 'displaced',
  frees: 'released',
  liberated: 'released',
  holding: 'taken captive',
  holds: 'taken captive',
  exchanged: 'released',
  swapped: 'released',
  dead: 'killed',
  evacuated: 'evacuated',
  evacuating: 'evacuated',
  rescued: 'rescued',
  deported: 'deported',
  executed: 'executed',
  destroyed: 'destroyed',
  destroying: 'destroyed',
  damaged: 'damaged',
  demolished: 'destroyed',
});

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Participles in -en (the ones in -ed and -ing are told by their ending). */
export const EN_PARTICIPLES: ReadonlySet<string> = new Set([
  'taken',
  'given',
  'driven',
  'held',
  'hidden',
  'beaten',
  'stolen',
  'chosen',
  'shown',
  'thrown',
  'written',
  'born',
  'seen',
  'forgotten',
  'eaten',
  'fallen',
  'broken',
  'frozen',
  'sworn',
  'torn',
  'left',
  'sent',
  'kept',
]);

const MAX_AFTER_WORDS = 4;
const AFTER_BY_LENGTH: Array<Map<string, string>> = [];
for (let k = 0; k <= MAX_AFTER_WORDS; k++) AFTER_BY_LENGTH.push(new Map());
for (const [words, event] of AFTER) AFTER_BY_LENGTH[words.split(' ').length].set(words, event);

/** The normalised event a single word names ("injured" → "wounded"), or null. */
export function eventOfWord(lower: string): string | null {
  return AFTER_BY_LENGTH[1].get(lower) ?? null;
}

/** Nouns that already say their event: "deaths" (killed), "fatalities", "injuries" (wounded). */
const NOUNS_OF_EVENTS: Readonly<Record<string, string>> = lookupTable({
  deaths: 'killed',
  death: 'killed',
  dead: 'killed',
  fatalities: 'killed',
  casualties: 'killed',
  lives: 'killed',
  injuries: 'wounded',
  injured: 'wounded',
  wounded: 'wounded',
  missing: 'missing',
  displaced: 'displaced',
  evacuees: 'evacuated',
  arrests: 'arrested',
});

/**
 * What a figure counts and what happened to it, in words, each said once: "Palestinians killed", but
 * "deaths" and "missing people" rather than "deaths killed" and "missing people missing".
 */
export function countedWithEvent(counts: string | null, event: string | null): string {
  if (!counts) return event ?? '';
  if (!event) return counts;
  for (const word of counts.toLowerCase().split(/[\s-]+/)) {
    if (word === event || eventOfWord(word) === event || NOUNS_OF_EVENTS[word] === event) return counts;
  }
  return `${counts} ${event}`;
}

function lexiconAt(tokens: Token[], at: number, end: number): { event: string; last: number } | null {
  for (let len = MAX_AFTER_WORDS; len >= 1; len--) {
    if (at + len > end) continue;
    let ok = true;
    for (let k = at; k < at + len; k++) if (tokens[k].kind !== 'word') ok = false;
    if (!ok) continue;
    const key = tokens
      .slice(at, at + len)
      .map((t) => t.lower)
      .join(' ');
    const event = AFTER_BY_LENGTH[len].get(key);
    if (event) return { event, last: at + len - 1 };
  }
  return null;
}

/** A verb phrase kept as written: up to four words until a preposition, a conjunction or punctuation. */
function plainVerbPhrase(tokens: Token[], at: number, end: number): string | null {
  const words: string[] = [];
  let article = -1;
  // Four words, or up to six to finish a noun phrase begun with an article: "form a new mega blaze".
  for (let k = at; k < end && (words.length < 4 || (article > 0 && words.length < 6)); k++) {
    const t = tokens[k];
    // Quotation marks inside the phrase are passed over: form a new "mega blaze".
    if (t.kind === 'punct' && QUOTES.has(t.text) && words.length > 0) continue;
    if (t.kind !== 'word') break;
    if (PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || RELATIVES.has(t.lower)) break;
    // "fled the country | two days ago", "battled wildfires | Tuesday": a number or a day opens a time of its own.
    if (numberWord(t.lower) || TIME_WORDS.has(t.lower)) break;
    // "burning | more than 137,000 square kilometers": a qualifier opens the next figure.
    if (words.length > 0 && QUALIFIER_WORDS.has(t.lower)) break;
    if (words.length === 0 && (PRONOUNS.has(t.lower) || AUXILIARIES.has(t.lower))) return null;
    // A word cut out of a compound ends the phrase before it: "called a | nation-wide strike".
    const next = tokens[k + 1];
    if (next && next.kind === 'punct' && next.text === '-' && !next.gap && words.length > 0) break;
    if (/^(?:a|an|the)$/.test(t.lower) && words.length > 0) article = words.length;
    // A name keeps its capitals: "contracted Ebola", "struck Central Italy".
    words.push(/^\p{Lu}/u.test(t.text) && words.length > 0 ? t.text : t.lower);
  }
  // "called a": a verb phrase does not end on its article.
  while (words.length > 1 && /^(?:a|an|the)$/.test(words[words.length - 1]!)) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}

const ARTICLES = new Set(['a', 'an', 'the']);

const QUOTES = new Set(['"', '\u201c', '\u201d']);

/** Words that open a figure's qualifier, ending a verb phrase before it: "more than", "nearly". */
const QUALIFIER_WORDS = new Set([
  'more',
  'less',
  'fewer',
  'than',
  'nearly',
  'almost',
  'about',
  'some',
  'over',
  'around',
]);

/** Participles that link to what follows rather than say what happened: "55% meaning that…". */
const LINKING_PARTICIPLES = new Set([
  'meaning',
  'including',
  'according',
  'excluding',
  'following',
  'representing',
  'accounting',
  'bringing',
  'making',
]);

/** Verbs of staying that pass on to the state after them: "8 million people remain displaced". */
const STAYING = new Set(['remain', 'remains', 'remained', 'remaining', 'stay', 'stayed', 'stays']);

/** Words naming a jail: "held in Israeli jails" is imprisoned, not taken captive. */
const JAILS = new Set(['jail', 'jails', 'prison', 'prisons', 'detention', 'custody', 'cells']);

/** How far an apposition may run before the verb it interrupts: "1.7 million people, or roughly 75% of Gaza's population, have been displaced". */
const APPOSITION_REACH = 14;

/**
 * The event named after the counted phrase, which ends at token `after - 1`: "were killed",
 * "who have lost their lives", "are serving life sentences". Past an apposition between commas, only
 * an event of the vocabulary counts: "1.7 million people, or roughly 75% of Gaza's population, have been
 * displaced".
 */
export function eventAfter(tokens: Token[], after: number, end: number): string | null {
  const found = eventRightAfter(tokens, after, end);
  if (found !== null || after >= end || tokens[after].text !== ',') return found;
  const closing = nextComma(tokens, after + 1, end);
  for (const at of closing < 0 ? [after + 1] : [after + 1, closing + 1]) {
    if (at >= end || tokens[at].kind !== 'word' || !AUXILIARIES.has(tokens[at].lower)) continue;
    const event = eventRightAfter(tokens, at, end);
    if (event !== null && AFTER_BY_LENGTH[1].has(event)) return event;
  }
  return null;
}

/** The next comma from `at`, within the reach of an apposition and before any other punctuation. */
function nextComma(tokens: Token[], at: number, end: number): number {
  for (let k = at; k < end && k < at + APPOSITION_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text === ',') return k;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '%' && t.text !== '\u2019' && t.text !== "'") return -1;
  }
  return -1;
}

/** "held in Israeli jails": the jail a few words after a verb of holding. */
function jailAfter(tokens: Token[], at: number, end: number): boolean {
  for (let k = at; k < end && k < at + 4; k++) if (tokens[k].kind === 'word' && JAILS.has(tokens[k].lower)) return true;
  return false;
}

function eventRightAfter(tokens: Token[], after: number, end: number): string | null {
  let k = after;
  // "forced more than 29,000 people from their homes": the event may follow before any place.
  const right = lexiconAt(tokens, k, end);
  if (right) return right.event;
  // "hundreds of thousands more displaced", "people forcibly displaced".
  while (
    k < end &&
    tokens[k].kind === 'word' &&
    (tokens[k].lower === 'more' || isAdverb(tokens[k].lower)) &&
    k < after + 2
  )
    k++;
  // "in Gaza", "across the country": a short phrase of place or time before the verb is passed over.
  if (k < end && tokens[k].kind === 'word' && PLACE_PREPOSITIONS.has(tokens[k].lower)) {
    let m = k + 1;
    while (
      m < end &&
      m <= k + 4 &&
      tokens[m].kind === 'word' &&
      !AUXILIARIES.has(tokens[m].lower) &&
      lexiconAt(tokens, m, end) === null
    )
      m++;
    // "from the ruins of a collapsed building": a participle after an article describes the place.
    if (m < end && m > k + 1 && tokens[m].kind === 'word' && !ARTICLES.has(tokens[m - 1].lower)) k = m;
  }
  if (
    k < end &&
    tokens[k].kind === 'word' &&
    (tokens[k].lower === 'who' || tokens[k].lower === 'that' || tokens[k].lower === 'which')
  )
    k++;
  // "100 Palestinians serving life sentences": a participle right after the phrase.
  if (
    k === after &&
    k < end &&
    tokens[k].kind === 'word' &&
    /ing$/.test(tokens[k].lower) &&
    tokens[k].lower.length > 5 &&
    !LINKING_PARTICIPLES.has(tokens[k].lower)
  ) {
    const found = lexiconAt(tokens, k, end);
    if (found) return found.event;
    if (k + 1 < end && tokens[k + 1].kind === 'word') return plainVerbPhrase(tokens, k, end);
  }
  let skipped = 0;
  let onlyCopula = true;
  let auxiliary = false;
  let lastAuxiliary = '';
  while (k < end && tokens[k].kind === 'word' && skipped < 6) {
    const found = lexiconAt(tokens, k, end);
    if (found) return found.event;
    const w = tokens[k].lower;
    if (!(AUXILIARIES.has(w) || VERB_FILLERS.has(w) || STAYING.has(w) || isAdverb(w))) break;
    if (AUXILIARIES.has(w) && !COPULAS.has(w)) onlyCopula = false;
    if (AUXILIARIES.has(w) || STAYING.has(w)) {
      auxiliary = true;
      lastAuxiliary = w;
    }
    k++;
    skipped++;
  }
  // Only after an auxiliary is the next word surely a verb: "are serving life sentences", "may face a
  // massacre". After a bare "are" it must look like one: "are children" names no event; after an
  // adverb alone it may be anything ("the votes already counted results show…").
  if (!auxiliary || k >= end || tokens[k].kind !== 'word') return null;
  const verb = tokens[k].lower;
  if (onlyCopula && !/(?:ing|ed)$/.test(verb) && !EN_PARTICIPLES.has(verb)) return null;
  // "do not have power", "still had no power": "have" before no participle is the verb itself, of a
  // state that happened to no one.
  if (HAVE.has(lastAuxiliary) && !participle(verb)) return null;
  // "has grown to 704", "rose by 3%", "reached 100": the verb says how the number moved, not what
  // happened to what it counts.
  if (CHANGES.has(verb) && k + 1 < end && movesTo(tokens[k + 1])) return null;
  const phrase = plainVerbPhrase(tokens, k, end);
  return phrase === 'held' && jailAfter(tokens, k + 1, end) ? 'imprisoned' : phrase;
}

const HAVE = new Set(['have', 'has', 'had', 'having', "'ve"]);

/** Past participles not in -ed nor among EN_PARTICIPLES: what "have" takes as an auxiliary. */
const IRREGULAR_PARTICIPLES = new Set(
  `been gone done made said told sold found paid lost met spent built caught brought bought fought sought taught
  thought stood struck hit hurt cut put set shut spread fled fed led heard felt dealt meant slept stuck hung won shot
  got gotten sat laid run come become begun grown known drawn flown risen ridden arisen withdrawn undergone`.split(
    /\s+/,
  ),
);

function participle(lower: string): boolean {
  return /(?:ed|ing)$/.test(lower) || EN_PARTICIPLES.has(lower) || IRREGULAR_PARTICIPLES.has(lower);
}

/** Verbs of a number's change or level: "has risen to", "fell by", "climbed from", "reached 100". */
const CHANGES = new Set(
  `grow grows grew grown rise rises rose risen increase increases increased climb climbs climbed jump jumps jumped
  fall falls fell fallen drop drops dropped decline declines declined reach reaches reached total totals totalled
  totaled top topped exceed exceeds exceeded surpass surpassed double doubled triple tripled soar soared surge
  surged plunge plunged slump slumped ease eased edge edged swell swelled swollen mount mounted balloon ballooned
  shrink shrank shrunk dip dipped stand stands stood`.split(/\s+/),
);

/** What follows a verb of change when it speaks of the number: "to", "by", "from", or the number itself. */
function movesTo(t: Token): boolean {
  return (
    t.kind === 'num' ||
    t.lower === 'to' ||
    t.lower === 'by' ||
    t.lower === 'from' ||
    t.lower === 'at' ||
    QUALIFIER_WORDS.has(t.lower) ||
    numberWord(t.lower)
  );
}

/** A word that opens a number, but for the article ("a hundred", yet "face a massacre"). */
function numberWord(lower: string): boolean {
  return lower !== 'a' && lower !== 'an' && startsNumberWords(lower);
}

/** An active verb right before the figure (at most two filler words between): "has killed", "killing". */
export function eventBefore(tokens: Token[], first: number, floor: number): string | null {
  // "claimed the lives of over 31,000", "the release of 100", "the deaths of 12".
  if (first - 2 >= floor && tokens[first - 1].lower === 'of' && tokens[first - 2].kind === 'word') {
    const noun = tokens[first - 2].lower;
    if (noun === 'lives') {
      let k = first - 3;
      if (k >= floor && (tokens[k].lower === 'the' || tokens[k].lower === 'their')) k--;
      if (k >= floor && LIVES_VERBS.has(tokens[k].lower)) return 'killed';
    } else if (noun in EVENT_BEFORE_OF) {
      return EVENT_BEFORE_OF[noun];
    }
  }
  for (let k = first - 1, seen = 0; k >= floor && seen < 3; k--, seen++) {
    const t = tokens[k];
    if (t.kind !== 'word') return null;
    const event = BEFORE[t.lower];
    if (event) return event;
    if (!VERB_FILLERS.has(t.lower) && t.lower !== 'reportedly') return null;
  }
  return null;
}
