// What an amount measures when no noun follows it: "growth of 0.7 per cent" (growth), "Unemployment
// rose to 4.2 per cent" (unemployment), "Inflation in the euro zone slowed to 2.9 per cent" (inflation),
// "cut public spending by 36%" (spending), "a £1.5bn support package" (package), "$1.3 billion in aid".
// Every reader here walks a bounded number of tokens back or forward from the figure.
import { canBeInNounPhrase, COMMON_VERBS, PREPOSITIONS } from './function-words';
import { EN_PARTICIPLES, eventOfWord } from './events';
import type { Token } from './tokens';

/** Verbs that state a level or a change of an amount: "rose to", "stood at", "was", "reached". */
export const LEVEL_VERBS = new Set([
  'rose',
  'revised',
  'risen',
  'rise',
  'rises',
  'rising',
  'fell',
  'fallen',
  'fall',
  'falls',
  'falling',
  'grew',
  'grown',
  'grow',
  'grows',
  'growing',
  'shrank',
  'shrunk',
  'shrink',
  'shrinks',
  'contract',
  'contracted',
  'contracts',
  'slowed',
  'slow',
  'slows',
  'eased',
  'ease',
  'eases',
  'stood',
  'stands',
  'stand',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'reached',
  'reach',
  'reaches',
  'hit',
  'hits',
  'passed',
  'passes',
  'topped',
  'tops',
  'totalled',
  'totaled',
  'totals',
  'climbed',
  'climb',
  'climbs',
  'jumped',
  'jump',
  'jumps',
  'surged',
  'surge',
  'soared',
  'increased',
  'increase',
  'increases',
  'decreased',
  'decrease',
  'declined',
  'decline',
  'declines',
  'dropped',
  'drop',
  'drops',
  'plunged',
  'slumped',
  'tumbled',
  'slid',
  'dipped',
  'doubled',
  'tripled',
  'quadrupled',
  'held',
  'holds',
  'remained',
  'remains',
  'remain',
  'stayed',
  'stays',
  'amounted',
  'amounts',
  'accelerated',
  'picked',
  'edged',
  'cost',
  'costs',
  'start',
  'starts',
  'started',
  'averaged',
  'averages',
  'exceeded',
  'exceeds',
  'narrowed',
  'widened',
  'rebounded',
  'recovered',
  'gained',
  'gains',
  'estimated',
  'put',
  'pegged',
  'valued',
  'measured',
  'registered',
  'recorded',
  'stood',
  'came',
  'ran',
  'expanded',
  'expand',
  'expands',
  'slipped',
  'sank',
  'retreated',
  'advanced',
  'up',
  'down',
  'worth',
  'ticked',
  'inched',
  'crept',
  'spiked',
  'rocketed',
  'skyrocketed',
  'ballooned',
  'nudged',
]);

/** Words between a subject and its verb that change nothing: "is expected to contract", "could reach". */
const VERB_CHAIN = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'can',
  'to',
  'expected',
  'forecast',
  'projected',
  'targeted',
  'due',
  'set',
  'likely',
  'seen',
  'estimated',
  'believed',
  'also',
  'now',
  'still',
  'already',
  'more',
  'than',
  'nearly',
  'almost',
  'just',
  'only',
  'then',
  'again',
  'further',
  'not',
  'predicted',
  'thought',
  'said',
  'reported',
  'reportedly',
  'sharply',
  'slightly',
  'steadily',
]);

/** Prepositions that carry a subject's place or group: "Inflation in the euro zone", "rates among kindergartners". */
const SUBJECT_PREPOSITIONS = new Set([
  'in',
  'among',
  'from',
  'to',
  'across',
  'for',
  'through',
  'at',
  'on',
  'of',
  'against',
]);
/** Determiners passed over between a preposition and its noun: "the revenue for this quarter". */
const SUBJECT_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
  'each',
  'every',
  'last',
]);
/** Words that point back to a thing without naming it: "That's down from 133,000". */
const POINTERS = new Set([
  'that',
  "that's",
  'that\u2019s',
  'this',
  'it',
  "it's",
  'it\u2019s',
  'these',
  'those',
  'they',
]);

const ARTICLES = new Set(['a', 'an', 'the']);
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our']);

/** Verbs that set an amount to a level: "kept its deposit rate at 4 per cent". */
const SETTING_VERBS = new Set([
  'kept',
  'keep',
  'keeps',
  'held',
  'hold',
  'holds',
  'left',
  'leave',
  'leaves',
  'set',
  'sets',
  'put',
  'puts',
  'pegged',
  'fixed',
  'revised',
  'lowered',
  'capped',
  'caps',
  'cap',
  'brought',
  'pushed',
  'pushes',
]);

/** Transitive verbs of change whose object is what a "by" figure changes: "cut public spending by 36%". */
const OBJECT_VERBS = new Set([
  'cut',
  'cuts',
  'raised',
  'raise',
  'raises',
  'reduced',
  'reduce',
  'reduces',
  'lowered',
  'lower',
  'increased',
  'increase',
  'boosted',
  'boost',
  'slashed',
  'slash',
  'hiked',
  'hike',
  'trimmed',
  'trim',
  'breaking',
  'broke',
  'beat',
  'beating',
  'lifted',
  'lift',
  'expanded',
  'widened',
  'narrowed',
  'extended',
  'shortened',
  'grew',
  'doubled',
  'tripled',
  'halved',
  'outnumbered',
  'exceeded',
  'topped',
  'missed',
  'overshot',
  'improved',
  'improving',
]);

/** Nouns before "of" that are no measured thing of their own: "a record low of 6.5 per cent". */
const NOT_MEASURED = new Set([
  'low',
  'high',
  'level',
  'levels',
  'record',
  'figure',
  'figures',
  'total',
  'sum',
  'amount',
  'value',
  'tune',
  'order',
  'region',
  'excess',
  'maximum',
  'minimum',
  'height',
  'lows',
  'highs',
  'all',
  'most',
  'some',
]);

/** Time words that name when, not what: "$120 a year". */
const TIME_WORDS = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'time',
  'times',
  'quarter',
  'night',
  'morning',
  'season',
]);

const FIGURE_PREPOSITIONS = new Set(['by', 'to', 'at', 'of', 'from']);
const MONEY_LINKS = new Set(['in', 'a', 'per', 'an']);
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

function isWordToken(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

function nounWord(t: Token | undefined): boolean {
  return (
    isWordToken(t) &&
    !POINTERS.has(t.lower) &&
    canBeInNounPhrase(t.lower) &&
    !LEVEL_VERBS.has(t.lower) &&
    !COMMON_VERBS.has(t.lower) &&
    !OBJECT_VERBS.has(t.lower) &&
    eventOfWord(t.lower) === null
  );
}

/**
 * The noun phrase ending at token `last` (walking back, at most four words), as [first, last], or null.
 * `beforeVerb`: the phrase is a subject before its verb, whose last word may be a plural noun that is
 * also a verb of level ("costs").
 */
function phraseEndingAt(tokens: Token[], last: number, floor: number, beforeVerb = false): [number, number] | null {
  if (last < floor || !(nounWord(tokens[last]) || (beforeVerb && NOUN_LEVELS.has(tokens[last].lower)))) return null;
  let first = last;
  for (let k = last - 1; k >= floor && last - k < 4; k--) {
    const t = tokens[k];
    // "COVID-19 hospital admissions", "Germany's economy": possessives and hyphenated words stay inside.
    if (
      t.kind === 'punct' &&
      (t.text === '-' || t.text === '\u2010') &&
      !t.gap &&
      k - 1 >= floor &&
      !tokens[k + 1].gap
    ) {
      // "U.S.-Mexico border": a word must stand on each side of the hyphen.
      if (tokens[k - 1].kind !== 'word') break;
      k--;
      first = k;
      continue;
    }
    // "maize and sorghum harvests", "prices and wages": two nouns joined by "and".
    if (isWordToken(t) && t.lower === 'and' && k - 1 >= floor && nounWord(tokens[k - 1]) && k < last) continue;
    // "The ministry estimates measures … will cost": a verb that opens a clause ends the subject before it.
    if (!nounWord(t) || CLAUSE_VERBS.has(t.lower)) break;
    first = k;
  }
  return [first, last];
}

/** The head of a subject ending at token `last`: past "in the euro zone" and "among kindergartners" (two at most). */
function subjectEndingAt(tokens: Token[], last: number, floor: number): [number, number] | null {
  let np = phraseEndingAt(tokens, last, floor, true);
  for (let hops = 0; np !== null && hops < 2; hops++) {
    let k = np[0] - 1;
    while (k >= floor && isWordToken(tokens[k]) && SUBJECT_DETERMINERS.has(tokens[k].lower)) k--;
    if (k < floor || !isWordToken(tokens[k]) || !SUBJECT_PREPOSITIONS.has(tokens[k].lower)) break;
    const before = phraseEndingAt(tokens, k - 1, floor);
    if (before === null) break;
    // "the number of workers and jobs fell": a count of the things named after "of" keeps them.
    if (tokens[k].lower === 'of' && COUNT_HEADS.has(tokens[before[1]].lower)) return [before[0], np[1]];
    np = before;
  }
  return np;
}

const DEPRIVING_VERBS = new Set([
  'defrauding',
  'defrauded',
  'swindling',
  'swindled',
  'robbing',
  'robbed',
  'cheating',
  'cheated',
  'depriving',
  'deprived',
  'stripping',
  'stripped',
]);
const CLAUSE_VERBS = new Set([
  'estimates',
  'says',
  'expects',
  'believes',
  'warns',
  'predicts',
  'reckons',
  'argues',
  'thinks',
  'fears',
  // "Retail data showed sales rose 0.7%": the data are not what rose.
  'show',
  'shows',
  'showed',
  'suggest',
  'suggests',
  'suggested',
  'indicate',
  'indicates',
  'indicated',
  'found',
  'finds',
  'revealed',
  'reveals',
]);
const TIME_NOUNS = new Set([
  'year',
  'month',
  'week',
  'quarter',
  'decade',
  'day',
  'summer',
  'winter',
  'spring',
  'autumn',
]);
const TIME_OPENERS = new Set(['last', 'this', 'next', 'past']);

/**
 * The subject's last token before a time and a participle that follow it: "measures taken since last
 * year will cost" ends at "measures". Returns `k` when neither is there.
 */
function beforeTimeAndParticiple(tokens: Token[], k: number, floor: number): number {
  let m = k;
  if (
    m - 1 >= floor &&
    isWordToken(tokens[m]) &&
    TIME_NOUNS.has(tokens[m].lower) &&
    TIME_OPENERS.has(tokens[m - 1].lower)
  ) {
    const before = m - 2 >= floor && isWordToken(tokens[m - 2]) ? tokens[m - 2].lower : '';
    // "since last year" and "this year" stand apart from the subject; "for this quarter" is part of it.
    if (before === 'since' || before === 'over') m -= 3;
    else if (!SUBJECT_PREPOSITIONS.has(before)) m -= 2;
  }
  // "measures taken", "goods sold": a participle after the subject's noun.
  if (
    m - 1 >= floor &&
    isWordToken(tokens[m]) &&
    (EN_PARTICIPLES.has(tokens[m].lower) || /ed$/.test(tokens[m].lower)) &&
    nounWord(tokens[m - 1])
  )
    m--;
  return m === k ? k : m;
}

/** Heads that count or measure what follows their "of": "the number of workers", "the rate of inflation". */
const COUNT_HEADS = new Set(['number', 'numbers', 'share', 'proportion', 'percentage', 'rate', 'level', 'amount']);

/** Plural nouns that are also verbs of level: "unit labour costs fell", "capital gains rose". */
const NOUN_LEVELS = new Set([
  'costs',
  'gains',
  'drops',
  'falls',
  'rises',
  'increases',
  'decreases',
  'declines',
  'totals',
]);

function text(source: string, tokens: Token[], span: [number, number]): string {
  return source.slice(tokens[span[0]].start, tokens[span[1]].end);
}

/** "growth of 0.7 per cent", "a crowd of 27,806", "winds of 150 mph": the noun right before "of". */
function nounOf(tokens: Token[], first: number, floor: number): string | null {
  const of = first - 1;
  if (of - 1 < floor || tokens[of].lower !== 'of') return null;
  const noun = tokens[of - 1];
  // "a rise of 17.6 per cent", "an increase of 2%": a change named as a noun.
  const article = of - 2 >= floor && isWordToken(tokens[of - 2]) && ARTICLES.has(tokens[of - 2].lower);
  if (article && isWordToken(noun) && LEVEL_VERBS.has(noun.lower) && /^\p{Ll}/u.test(noun.text)) return noun.text;
  if (!nounWord(noun) || NOT_MEASURED.has(noun.lower)) return null;
  // "defrauding investors of nearly $4 billion": those deprived of the amount are not what it measures.
  if (of - 2 >= floor && DEPRIVING_VERBS.has(tokens[of - 2].lower)) return null;
  // "populations declined an average of 69 percent": the average of what the verb's subject measures.
  if (noun.lower === 'average' && article && of - 3 >= floor && LEVEL_VERBS.has(tokens[of - 3].lower)) return null;
  // The noun alone: what stands before it may be a verb ("forecasts growth of").
  return noun.text;
}

/** The subject of the verb before the figure, or the object of a change "by" it. */
function subjectOrObject(tokens: Token[], first: number, floor: number, source: string, verb: boolean): string | null {
  let k = first - 1;
  if (verb) {
    // The figure is the verb: "Prices have doubled", "Egg prices tripled".
    for (
      let skipped = 0;
      k >= floor &&
      skipped < 4 &&
      isWordToken(tokens[k]) &&
      (VERB_CHAIN.has(tokens[k].lower) || /ly$/.test(tokens[k].lower));
      skipped++
    )
      k--;
    const np = subjectEndingAt(tokens, k, floor);
    return np ? text(source, tokens, np) : null;
  }
  const prep =
    k >= floor && isWordToken(tokens[k]) && FIGURE_PREPOSITIONS.has(tokens[k].lower) ? tokens[k].lower : null;
  if (prep) k--;
  // "declined an average of 69 percent": the verb is before the average.
  if (prep === 'of' && k - 1 >= floor && tokens[k].lower === 'average' && ARTICLES.has(tokens[k - 1].lower)) k -= 2;
  if (k < floor) return null;
  // "cut public spending by 36%": the object between the verb and "by".
  if (prep === 'by' && nounWord(tokens[k])) {
    const np = subjectEndingAt(tokens, k, floor);
    if (np && np[0] - 1 >= floor && isWordToken(tokens[np[0] - 1]) && OBJECT_VERBS.has(tokens[np[0] - 1].lower))
      return text(source, tokens, np);
  }
  // "kept its deposit rate at 4 per cent", "raised its year-end Brent forecast to $95": the object set to the figure.
  if ((prep === 'to' || prep === 'at') && nounWord(tokens[k])) {
    const np = phraseEndingAt(tokens, k, floor);
    let v = np ? np[0] - 1 : -1;
    while (
      v >= floor &&
      isWordToken(tokens[v]) &&
      (ARTICLES.has(tokens[v].lower) || POSSESSIVE_DETERMINERS.has(tokens[v].lower))
    )
      v--;
    const named = np !== null && !NOT_MEASURED.has(tokens[np[1]].lower);
    if (
      np &&
      named &&
      v >= floor &&
      isWordToken(tokens[v]) &&
      (OBJECT_VERBS.has(tokens[v].lower) || SETTING_VERBS.has(tokens[v].lower))
    ) {
      return text(source, tokens, np);
    }
  }
  // "picked up to", "were down"
  if (
    isWordToken(tokens[k]) &&
    (tokens[k].lower === 'up' || tokens[k].lower === 'down') &&
    k - 1 >= floor &&
    isWordToken(tokens[k - 1]) &&
    LEVEL_VERBS.has(tokens[k - 1].lower)
  )
    k--;
  if (!isWordToken(tokens[k]) || !LEVEL_VERBS.has(tokens[k].lower)) return null;
  k--;
  k = pastChangeBefore(tokens, k, floor);
  // "The recovery rate of patients so far is 20.52%": past "so far", "now" and the like.
  if (isWordToken(tokens[k]) && tokens[k].lower === 'far' && k - 1 >= floor && tokens[k - 1].lower === 'so') k -= 2;
  for (
    let skipped = 0;
    k >= floor &&
    skipped < 5 &&
    isWordToken(tokens[k]) &&
    (VERB_CHAIN.has(tokens[k].lower) || /ly$/.test(tokens[k].lower));
    skipped++
  )
    k--;
  const np = subjectEndingAt(tokens, beforeTimeAndParticiple(tokens, k, floor), floor);
  return np ? text(source, tokens, np) : null;
}

/**
 * "The unemployment rate declined by one percentage point | to reach 6.9%": a level reached after a
 * change by an amount is the level of what changed. From `k`, the token before the level's verb, the
 * token before the verb of change when there is one ("declined"); `k` itself otherwise.
 */
function pastChangeBefore(tokens: Token[], k: number, floor: number): number {
  if (k < floor || !isWordToken(tokens[k]) || tokens[k].lower !== 'to') return k;
  for (let b = k - 1; b >= floor && b >= k - 6; b--) {
    const t = tokens[b];
    if (!t || (t.kind === 'punct' && t.text !== '%')) return k;
    if (t.kind !== 'word' || t.lower !== 'by') continue;
    const verb = tokens[b - 1];
    return b - 1 >= floor && isWordToken(verb) && (LEVEL_VERBS.has(verb.lower) || /ed$/.test(verb.lower)) ? b - 2 : k;
  }
  return k;
}

/** After a sum of money: "a £1.5bn support package", "$1.3 billion in aid", "$88.15 a barrel", "$4,400 per container". */
function afterMoney(tokens: Token[], last: number, end: number, source: string): string | null {
  let k = last + 1;
  if (k < end && isWordToken(tokens[k]) && MONEY_LINKS.has(tokens[k].lower)) k++;
  const start = k;
  // "per 40-foot container": a measure before the noun.
  while (
    k < end &&
    (tokens[k].kind === 'num' || (tokens[k].kind === 'punct' && tokens[k].text === '-' && !tokens[k].gap))
  )
    k++;
  let stop = -1;
  for (let m = k; m < end && m < k + 4 && nounWord(tokens[m]); m++) stop = m;
  if (stop < 0 || TIME_WORDS.has(tokens[stop].lower) || PREPOSITIONS.has(tokens[stop].lower)) return null;
  // "$42.5 billion in September": a month says when, not what the money is in.
  if (k < end && MONTHS.has(tokens[k].lower) && /^[A-Z]/.test(tokens[k].text)) return null;
  return source.slice(tokens[start].start, tokens[stop].end);
}

/** Verbs by which a candidate or party wins a share of the vote: "Raila Odinga won 48.85%". */
const SHARE_VERBS = new Set([
  'won',
  'wins',
  'win',
  'winning',
  'took',
  'takes',
  'take',
  'taking',
  'received',
  'receives',
  'secured',
  'secures',
  'garnered',
  'garners',
  'polled',
  'polls',
  'got',
  'gets',
  'captured',
  'captures',
]);

/** "Reform UK took 5.4 per cent": a percentage won, with nothing named after it, is a share of the vote. */
function shareWon(tokens: Token[], first: number, floor: number, percent: boolean): string | null {
  return percent && first - 1 >= floor && isWordToken(tokens[first - 1]) && SHARE_VERBS.has(tokens[first - 1].lower)
    ? 'vote'
    : null;
}

/**
 * What an amount with no noun of its own measures, or null. `first` and `last` are the figure's
 * tokens, qualifier included; `money` says whether it is a sum of money.
 */
export function measuredThing(
  tokens: Token[],
  first: number,
  last: number,
  floor: number,
  end: number,
  source: string,
  money: boolean,
  /** Whether the figure is itself a verb: "doubled", "more than tripled". */
  verb = false,
  /** Whether the amount is a percentage. */
  percent = false,
): string | null {
  return (
    nounOf(tokens, first, floor) ??
    (money ? afterMoney(tokens, last, end, source) : null) ??
    shareWon(tokens, first, floor, percent) ??
    subjectOrObject(tokens, first, floor, source, verb)
  );
}
