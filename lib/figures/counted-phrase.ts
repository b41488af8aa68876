// What a figure counts: the noun phrase after it ("600 Israeli officers and soldiers"), after "of"
// ("dozens of Palestinians", "160 days of the war"), before "N of whom" ("Palestinian prisoners, 100 of
// whom"), or, for "250 were taken captive" and "100 of them", the thing the previous figure counted
// (resolved by the caller, which knows the previous figures).
import {
  AUXILIARIES,
  canBeInNounPhrase,
  COMPARATIVES,
  COMMON_VERBS,
  DETERMINERS,
  ED_NOUNS,
  isAdverb,
  TIME_WORDS,
} from './function-words';
import { EN_PARTICIPLES, eventOfWord } from './events';
import { startsNumberWords } from './number-words';
import { PROPORTION_UNIT, TIMES_UNIT } from './proportions';
import type { NumberReading } from './read-number';
import type { Token } from './tokens';

export interface CountedPhrase {
  /** The noun phrase as written, or null. */
  counts: string | null;
  /** An event named inside the phrase: "1.7 million displaced Palestinians". */
  event: string | null;
  /** The token after which the event may be named: the end of the phrase, or of "of them". */
  after: number;
  /** Whether `counts` must come from an earlier figure ("250 were taken captive", "100 of them"). */
  needsAntecedent: boolean;
  /** Whether that figure is named by "of them", "of those" (rather than being the bare subject of a verb). */
  partitive?: boolean;
  /** Whether a figure for the whole follows: "1.7 million of Gaza's 2.3 million people". */
  partOfNext: boolean;
}

const MAX_PHRASE_WORDS = 6;

/** Nouns in -ing that may stand inside a counted phrase: "housing units", "polling stations". */
const ING_NOUNS = new Set([
  'housing',
  'building',
  'buildings',
  'polling',
  'funding',
  'training',
  'shelling',
  'bombing',
  'fighting',
  'clothing',
  'spending',
  'shipping',
  'parking',
  'boarding',
  'nursing',
  'mining',
  'dwelling',
  'dwellings',
  'sporting',
  'lending',
  'banking',
  'processing',
  'learning',
  'teaching',
  'planning',
  'recycling',
  'swimming',
  'bombings',
  'shootings',
  'killings',
  'meetings',
  'earnings',
  'savings',
  'holdings',
  'findings',
  'sightings',
  'hearings',
  'proceedings',
  'sewing',
  'crossing',
  'crossings',
  'missing',
  'ruling',
  'governing',
  'opposing',
  'neighbouring',
  'neighboring',
  'remaining',
  'leading',
  'existing',
  'working',
  'striking',
  'warring',
  'advancing',
  'retreating',
  'fleeing',
]);

/** Participles among those that modify a noun only before it: "fleeing civilians", not "people fleeing the floods". */
const ING_BEFORE_NOUNS = new Set([
  'governing',
  'opposing',
  'leading',
  'existing',
  'working',
  'striking',
  'warring',
  'advancing',
  'retreating',
  'fleeing',
]);

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.text === '-' || t.text === '\u2010') && !t.gap;
}

function nounLike(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && canBeInNounPhrase(t.lower) && eventOfWord(t.lower) === null;
}

/** Whether word k is followed, within the phrase, by another noun-like word (so k is a modifier). */
function modifies(tokens: Token[], k: number, end: number): boolean {
  return k + 1 < end && nounLike(tokens[k + 1]) && tokens[k + 1].gap;
}

/**
 * The noun phrase from token `at`: words that can be in a noun phrase, hyphenated compounds,
 * and "and"/"or" between two such words. Returns the tokens' text, the last token and any
 * event participle used as a modifier ("displaced Palestinians").
 */
export function readNounPhrase(
  tokens: Token[],
  at: number,
  end: number,
  source: string,
  /** Whether a determiner stands before: after "of the", "vote" is a noun, not a verb. */
  afterDeterminer = false,
): { text: string; head: string; first: number; last: number; event: string | null } | null {
  let k = at;
  /** Where the phrase's text starts: past an aside in brackets right after the figure. */
  let from = at;
  let words = 0;
  let last = -1;
  let head = '';
  let event: string | null = null;
  // "forcibly displaced persons": an adverb of the participle that opens the phrase.
  if (
    k + 1 < end &&
    tokens[k].kind === 'word' &&
    isAdverb(tokens[k].lower) &&
    eventOfWord(tokens[k + 1].lower ?? '') !== null
  )
    k++;
  while (k < end && words < MAX_PHRASE_WORDS) {
    const t = tokens[k];
    // "37 more coronavirus (COVID-19) deaths": a short aside in brackets inside the phrase; "a 400-pound
    // (180-kg) satellite": or right after the figure.
    if (t.text === '(') {
      let close = k + 1;
      while (close < end && close <= k + 5 && tokens[close].text !== ')') close++;
      if (close < end && tokens[close].text === ')' && close + 1 < end && tokens[close + 1].kind === 'word') {
        k = close + 1;
        if (words === 0) from = k;
        continue;
      }
    }
    if (t.kind !== 'word') break;
    // "2.4 million | higher than in February": a comparative with no noun after it compares the figure.
    if (COMPARATIVES.has(t.lower) && !(k + 1 < end && nounLike(tokens[k + 1]))) break;
    // "two loud noises | Sunday evening": a day or a time ends the phrase.
    if (words > 0 && TIME_WORDS.has(t.lower)) break;
    // "45,000 given by activists", "migrants detained by the police": a participle before "by" ends the phrase.
    if (k + 1 < end && tokens[k + 1].lower === 'by' && (EN_PARTICIPLES.has(t.lower) || pastTense(t))) break;
    if (words > 0 && (t.lower === 'and' || t.lower === 'or')) {
      // Coordination only between nouns: "officers and soldiers", not "Palestinians and wounded 70,000"
      // nor "people and forced tens of thousands from their homes".
      if (
        nounLike(tokens[k + 1]) &&
        k + 1 < end &&
        !verbWithObject(tokens, k + 1, end) &&
        !startsNumberWords(tokens[k + 1].lower) &&
        // "2,600 lives and | cost at least $500 billion": a word with a figure after it is a verb.
        !(k + 2 < end && opensFigure(tokens[k + 2]))
      ) {
        k++;
        continue;
      }
      break;
    }
    const participle = eventOfWord(t.lower);
    // "people fleeing the waters": a participle after the noun opens a clause of its own.
    if (participle !== null && words > 0 && t.lower.endsWith('ing')) break;
    if (participle !== null) {
      // "displaced Palestinians": an event word is part of the phrase only as a modifier.
      if (!modifies(tokens, k, end) || (words > 0 && COMMON_VERBS.has(t.lower))) break;
      if (words === 0) event = participle;
    } else if (!canBeInNounPhrase(t.lower)) {
      break;
    } else if (
      words > 0 &&
      t.lower.length > 5 &&
      t.lower.endsWith('ing') &&
      (!ING_NOUNS.has(t.lower) || ING_BEFORE_NOUNS.has(t.lower)) &&
      k + 1 < end &&
      tokens[k + 1].kind === 'word'
    ) {
      // A participle with its object ends the phrase: "100 Palestinians | serving life sentences".
      break;
    } else if (COMMON_VERBS.has(t.lower) && !(words === 0 && afterDeterminer)) {
      // A verb ends the phrase: "people live", "20 remain".
      break;
    } else if (words > 0 && pastTense(t) && k + 1 < end && pastTense(tokens[k + 1])) {
      // Two past forms in a row end the phrase at the first: "12 economists | surveyed predicted inflation".
      break;
    } else if (words > 0 && pastTense(t) && /[^s]s$/.test(tokens[k - 1].lower)) {
      // After a plural noun a past form is its verb, however a noun may follow: "firefighters | battled wildfires".
      break;
    } else if (
      t.lower.endsWith('ed') &&
      t.lower.length > 3 &&
      !ED_NOUNS.has(t.lower) &&
      // Names are no past tenses: "Shahed drones", "Mohammed".
      !/^\p{Lu}/u.test(t.text) &&
      (!modifies(tokens, k, end) || PARTICLES.has(tokens[k + 1].lower))
    ) {
      // So does a past tense: "Palestinians fled", "thousands marched".
      break;
    } else if (
      words > 0 &&
      EN_PARTICIPLES.has(t.lower) &&
      k + 1 < end &&
      tokens[k + 1].kind === 'word' &&
      !AUXILIARIES.has(tokens[k + 1].lower)
    ) {
      // And a participle with what follows it: "migrants taken into custody" (but "tests taken were positive").
      break;
    }
    last = k;
    head = t.text;
    words++;
    k++;
    // "Gaza-based", "al-Qassam", "COVID-19": hyphenated compounds stay whole (a few parts at most).
    for (
      let parts = 0;
      parts < 4 &&
      k + 1 < end &&
      isHyphen(tokens[k]) &&
      (tokens[k + 1].kind === 'word' || (tokens[k + 1].kind === 'num' && /^\p{Lu}/u.test(tokens[k - 1].text))) &&
      !tokens[k + 1].gap;
      parts++
    ) {
      last = k + 1;
      head = tokens[k + 1].text;
      k += 2;
    }
  }
  if (last < 0) return null;
  // "prisoners of war": the war names the kind of prisoner, and stays in the phrase.
  if (last + 2 < end && tokens[last + 1].lower === 'of' && tokens[last + 2].lower === 'war') {
    last += 2;
    head = tokens[last].text;
  }
  return { text: source.slice(tokens[from].start, tokens[last].end), head, first: from, last, event };
}

/** Words a figure opens with after a verb: "cost at least $500 billion", "left some 300 homeless". */
const FIGURE_OPENERS = new Set(['at', 'more', 'nearly', 'almost', 'about', 'some', 'over', 'around', 'roughly', 'up']);

/** Whether a figure starts at this token: a number, a currency sign, or a word of a qualifier or a number. */
function opensFigure(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') return /^[$£€¥₹]$/.test(t.text);
  return FIGURE_OPENERS.has(t.lower) || (t.lower !== 'a' && startsNumberWords(t.lower));
}

/** A lower-case past form that is no noun: "surveyed", "predicted" (not "red", "hundred", "Mohammed"). */
function pastTense(t: Token): boolean {
  return (
    t.kind === 'word' &&
    t.lower.length > 4 &&
    t.lower.endsWith('ed') &&
    !ED_NOUNS.has(t.lower) &&
    !/^\p{Lu}/u.test(t.text)
  );
}

/** Particles after a verb: "ticked down", "picked up", "carried out". */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'over', 'home', 'abroad', 'away', 'behind']);

/** Words that stand for a number of things: "forced tens of thousands", "injured dozens". */
const QUANTITY_WORDS = new Set(['tens', 'dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions']);

/**
 * Whether word k is a past tense with its object after it ("forced tens of thousands", "injured 50",
 * "destroyed the homes of"): a verb, however it could modify a noun elsewhere.
 */
function verbWithObject(tokens: Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t.lower.endsWith('ed') || ED_NOUNS.has(t.lower) || k + 1 >= end) return false;
  const next = tokens[k + 1];
  return (
    next.kind === 'num' ||
    QUANTITY_WORDS.has(next.lower) ||
    DETERMINERS.has(next.lower) ||
    startsNumberWords(next.lower)
  );
}

/** The noun phrase that ends right before ", N of whom": "Palestinian prisoners". */
function phraseBeforeComma(tokens: Token[], first: number, floor: number, source: string): string | null {
  let k = first - 1;
  if (k < floor || tokens[k].kind !== 'punct' || tokens[k].text !== ',') return null;
  k--;
  const lastWord = k;
  let firstWord = -1;
  for (let n = 0; k >= floor && n < MAX_PHRASE_WORDS; k--, n++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !canBeInNounPhrase(t.lower)) break;
    firstWord = k;
  }
  if (firstWord < 0) return null;
  return source.slice(tokens[firstWord].start, tokens[lastWord].end);
}

/** A possessive right before the figure: "Gaza's" in "Gaza's 2.4-million population". */
function possessiveBefore(tokens: Token[], first: number, floor: number): string | null {
  const t = first - 1 >= floor ? tokens[first - 1] : undefined;
  if (!t || t.kind !== 'word') return null;
  return /['\u2019]s$/.test(t.lower) && t.lower.length > 2 ? t.text : null;
}

function skipDeterminers(tokens: Token[], k: number, end: number): number {
  while (k < end && tokens[k].kind === 'word' && DETERMINERS.has(tokens[k].lower)) k++;
  return k;
}

/** Nouns a percent before them measures: "5% growth", "a 10 percent cut", "a 4.5% pay rise". */
const PERCENT_NOUNS = new Set(
  `growth rise rises increase increases decrease decreases decline declines drop drops fall falls cut cuts hike
  hikes jump jumps gain gains reduction reductions raise raises surge slump plunge loss losses stake share discount
  tariff tariffs tax taxes levy turnout majority lead return returns yield interest unemployment inflation
  contraction expansion markup premium`.split(/\s+/),
);

/**
 * What the figure read at `r` counts. `figureFirst` is its first token, qualifier included.
 * Durations count the head noun of what they measure ("a seven-month-long genocidal onslaught" gives
 * "onslaught"); other figures keep their whole phrase ("Israeli officers and soldiers").
 */
export function readCounted(
  tokens: Token[],
  r: NumberReading,
  figureFirst: number,
  floor: number,
  end: number,
  source: string,
): CountedPhrase {
  const j = r.last + 1;
  const none: CountedPhrase = { counts: null, event: null, after: j, needsAntecedent: false, partOfNext: false };
  const ofAt = j < end && tokens[j].kind === 'word' && tokens[j].lower === 'of';

  if (r.duration) {
    if (r.modifier) {
      const np = readNounPhrase(tokens, j, end, source);
      return np
        ? { counts: np.head, event: null, after: np.last + 1, needsAntecedent: false, partOfNext: false }
        : none;
    }
    if (ofAt) {
      const np = readNounPhrase(tokens, skipDeterminers(tokens, j + 1, end), end, source);
      return np
        ? { counts: np.head, event: null, after: np.last + 1, needsAntecedent: false, partOfNext: false }
        : none;
    }
    return none;
  }

  // "a 60-percent rise", "12-foot storm surges": a measure of what the modifier's noun phrase names.
  if (r.modifier) {
    const np = readNounPhrase(tokens, j, end, source);
    return np ? { counts: np.text, event: null, after: np.last + 1, needsAntecedent: false, partOfNext: false } : none;
  }

  // "half the population": a proportion's whole may follow without "of".
  const proportionWhole = r.unit === PROPORTION_UNIT && !ofAt && j < end && DETERMINERS.has(tokens[j].lower);
  if ((ofAt || proportionWhole) && j + 1 < end) {
    const w = ofAt ? tokens[j + 1].lower : '';
    if (w === 'whom' || w === 'which') {
      return {
        counts: phraseBeforeComma(tokens, figureFirst, floor, source),
        event: null,
        after: j + 2,
        needsAntecedent: false,
        partOfNext: false,
      };
    }
    if (w === 'them' || w === 'those' || w === 'these' || w === 'us') {
      // "50 of them children": the noun after names the part.
      const np = j + 2 < end && tokens[j + 2].gap ? readNounPhrase(tokens, j + 2, end, source) : null;
      if (np && !COMMON_VERBS.has(tokens[j + 2].lower)) {
        return {
          counts: np.text,
          event: np.event,
          after: np.last + 1,
          needsAntecedent: false,
          partOfNext: false,
          partitive: true,
        };
      }
      // "A majority of cases, 398 of them, …": the plural noun right before the comma (not the place
      // of "100 people died in Florida, 55 of them in Lee County").
      const before = tokens[figureFirst - 2];
      const whole =
        figureFirst - 2 >= floor && nounLike(before) && /^[a-z]+s$/.test(before.text) && !before.lower.endsWith('ss')
          ? phraseBeforeComma(tokens, figureFirst, floor, source)
          : null;
      if (whole)
        return { counts: whole, event: null, after: j + 2, needsAntecedent: false, partOfNext: false, partitive: true };
      return { counts: null, event: null, after: j + 2, needsAntecedent: true, partOfNext: false, partitive: true };
    }
    let k = skipDeterminers(tokens, ofAt ? j + 1 : j, end);
    // "of Gaza's 2.3 million people", "of the 250 hostages": the whole is the next figure.
    if (k < end && tokens[k].kind === 'word' && /['\u2019]s$/.test(tokens[k].lower)) k++;
    const t = tokens[k];
    const numberNext =
      k < end &&
      (t.kind === 'num' ||
        (t.kind === 'punct' && tokens[k + 1]?.kind === 'num') ||
        (t.kind === 'word' && t.lower !== 'a' && startsNumberWords(t.lower)));
    if (numberNext) {
      return { ...none, after: j, partOfNext: true };
    }
    // "51.6 percent of the total", "of total valid votes cast": the total is the noun that follows, if any.
    const total = k < end && tokens[k].lower === 'total' ? k : -1;
    if (total >= 0) k++;
    const np = readNounPhrase(tokens, k, end, source, k > (ofAt ? j + 1 : j));
    if (np) return { counts: np.text, event: np.event, after: np.last + 1, needsAntecedent: false, partOfNext: false };
    if (total >= 0)
      return { counts: tokens[total].text, event: null, after: total + 1, needsAntecedent: false, partOfNext: false };
    return none;
  }
  if (r.unit === TIMES_UNIT && j < end && (DETERMINERS.has(tokens[j].lower) || /['\u2019]s$/.test(tokens[j].lower))) {
    // "more than five times the city's pre-war population", "twice the 18-minute target": a multiple of the
    // thing named after it, past a possessive and a measure ("18-minute").
    let k = skipDeterminers(tokens, j, end);
    if (k < end && /['\u2019]s$/.test(tokens[k].lower)) k++;
    while (k + 2 < end && tokens[k].kind === 'num' && isHyphen(tokens[k + 1]) && tokens[k + 2].kind === 'word') k += 3;
    // "nearly double the 58 cases": the multiple counts what the number after it counts.
    if (k < end && tokens[k].kind === 'num') k++;
    const np = readNounPhrase(tokens, k, end, source, true);
    if (np) return { counts: np.text, event: null, after: np.last + 1, needsAntecedent: false, partOfNext: false };
  }
  if (r.unit !== null && r.unit !== 'percent' && r.unit !== PROPORTION_UNIT) {
    // Money and measures: "$75 million in aid" counts nothing we can name.
    return none;
  }

  // "7.8-magnitude quake", "a 300-seat parliament": a measure glued to the number, then the thing measured.
  if (r.unit === null && j + 1 < end && isHyphen(tokens[j]) && tokens[j + 1].kind === 'word') {
    const np = readNounPhrase(tokens, j + 1, end, source);
    if (np && np.last > j + 1)
      return {
        counts: source.slice(tokens[j + 2].start, tokens[np.last].end),
        event: np.event,
        after: np.last + 1,
        needsAntecedent: false,
        partOfNext: false,
      };
  }
  // "one in five children": a proportion of the noun after it.
  // "37 more deaths": "more" stands between the number and what it counts.
  const from = j + 1 < end && tokens[j].lower === 'more' && tokens[j + 1].kind === 'word' ? j + 1 : j;
  const np = r.unit === null || r.unit === PROPORTION_UNIT ? readNounPhrase(tokens, from, end, source) : null;
  if (np) {
    const possessive = possessiveBefore(tokens, figureFirst, floor);
    return {
      counts: possessive ? `${possessive} ${np.text}` : np.text,
      event: np.event,
      after: np.last + 1,
      needsAntecedent: false,
      partOfNext: false,
    };
  }
  // "5% growth", "a 10 percent cut in subsidies", "a 4.5% pay rise": a percent of the change or share named after it.
  if (r.unit === 'percent') {
    const change = readNounPhrase(tokens, j, end, source);
    if (change && PERCENT_NOUNS.has(change.head.toLowerCase()))
      return { counts: change.text, event: null, after: change.last + 1, needsAntecedent: false, partOfNext: false };
  }
  if (r.unit !== null) return none;
  // A bare number as a subject: "roughly 250 were taken captive".
  const next = j < end ? tokens[j] : undefined;
  const subject =
    next !== undefined && next.kind === 'word' && (AUXILIARIES.has(next.lower) || eventOfWord(next.lower) !== null);
  return { counts: null, event: null, after: j, needsAntecedent: subject, partOfNext: false };
}
