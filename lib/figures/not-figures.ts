// Numbers that are not figures: dates ("October 7", "Mar. 16"), years ("2020", "the 2024 election"),
// times ("10:17 AM"), identifiers ("News ID 213066", "F-16", "Resolution 2334"), phone numbers,
// codes glued to letters, and number words that are part of a phrase or a name ("one of", "the Big Three").
import { REPORTING_VERBS } from '../sources/attribution-lexicon';
import type { NumberReading } from './read-number';
import { isPlainInteger } from './numerals';
import type { Token } from './tokens';

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Words that name the number after them instead of counting: "News ID 213066", "Article 5". */
const ID_WORDS = new Set([
  'id',
  'no',
  'nos',
  'number',
  'num',
  'nr',
  'ref',
  'reference',
  'code',
  'resolution',
  'article',
  'chapter',
  'section',
  'page',
  'pages',
  'p',
  'pp',
  'vol',
  'volume',
  'flight',
  'route',
  'highway',
  'room',
  'apartment',
  'apt',
  'suite',
  'gate',
  'platform',
  'version',
  'v',
  'model',
  'episode',
  'season',
  'part',
  'phase',
  'stage',
  'type',
  'level',
  'grade',
  'category',
  'step',
  'act',
  'item',
  'paragraph',
  'para',
  'clause',
  'rule',
  'file',
  'docket',
  'batch',
  'block',
  'building',
  'floor',
  'lot',
  'plot',
  'zone',
  'tel',
  'phone',
  'telephone',
  'fax',
  'call',
  'whatsapp',
  'hotline',
  'helpline',
  'ext',
  'extension',
  'postcode',
  'zip',
  'isbn',
  'issn',
  'doi',
  'bill',
  'amendment',
  'law',
  'decree',
  'order',
  'channel',
  'exit',
  'terminal',
  'unit',
  'ward',
  'box',
  'po',
  'sura',
  'surah',
  'verse',
  // Ages describe someone rather than count anything: "aged 4".
  'aged',
  'age',
  'ages',
]);

/** Words after which a four-digit number is a year even before a plural: "the 1967 borders", "in 2020". */
const YEAR_BEFORE = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'early',
  'late',
  'mid',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'circa',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'fiscal',
  'pre',
  'post',
  '(',
  '-',
]);

/** Words after a number that make it a time: "10 AM", "3 p.m." (the points are tokens of their own). */
const TIME_AFTER = new Set([
  'am',
  'pm',
  'gmt',
  'utc',
  'hrs',
  "o'clock",
  'o\u2019clock',
  'cet',
  'est',
  'edt',
  'bst',
  'ist',
]);

/** Words after a duration that make it a point in time, not an amount: "two years ago". */
const TIME_REFERENCE_AFTER = new Set(['ago', 'later', 'earlier', 'hence', 'before', 'previously']);

/** Words before a duration that make it a span of reference, not a figure: "in the past 24 hours", "the highest in 30 years". */
const TIME_SPAN_BEFORE = new Set([
  'in',
  'within',
  'over',
  'past',
  'next',
  'last',
  'previous',
  'during',
  'first',
  'coming',
  'recent',
]);

/** Words before a small number that make it a rank or a selection: "last five matches", "the first two months". */
const RANK_BEFORE = new Set([
  'last',
  'first',
  'next',
  'past',
  'previous',
  'top',
  'bottom',
  'final',
  'opening',
  'closing',
]);

/** Copulas before "under 25": an age said of someone ("victims were under 25"). */
const AGE_COPULAS = new Set(['were', 'was', 'are', 'is', 'being', 'aged']);

/** After "one", words that make it a pronoun or a phrase, not a count: "one of", "one another". */
const ONE_AFTER = new Set([
  'of',
  'another',
  'by',
  'day',
  'side',
  'hand',
  'way',
  'more',
  'such',
  'who',
  'that',
  'which',
  'thing',
  'point',
  'time',
  'or',
  'and',
  'in',
  'else',
  'case',
  'instance',
  'example',
  'occasion',
  'night',
  'morning',
  'evening',
  'afternoon',
  'moment',
  'reason',
  'question',
  'place',
  'thing',
  'sense',
  'hundred',
  'could',
  'can',
  'would',
  'should',
  'might',
  'must',
  'may',
  'is',
  'was',
  'has',
  'had',
  'option',
  'issue',
  'problem',
  'priority',
  'step',
  'last',
  'year',
  'week',
  'month',
  'stage',
  'respect',
  'word',
  'form',
  'version',
  'account',
  'voice',
]);
/** After "one" and a few words, a verb of saying makes it "a": "one commander said", "one senior official told". */
const ONE_SAY_VERBS: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'described', 'asked', 'put', 'recounted']);

/** Nouns of people an age group is said of: "children under 5", "those over 65". */
const AGE_GROUP_NOUNS = new Set([
  'children',
  'child',
  'kids',
  'people',
  'those',
  'anyone',
  'adults',
  'boys',
  'girls',
  'men',
  'women',
  'players',
  'teenagers',
  'persons',
  'citizens',
  'residents',
  'voters',
  'aged',
  'ages',
  'age',
  'patients',
  'youngsters',
  'infants',
  'babies',
  'pupils',
  'students',
  'individuals',
  'everyone',
  'workers',
]);
/** Nouns of a person an age may stand beside: "a resident, 82,". */
const PERSON_WORDS = new Set([
  'resident',
  'survivor',
  'man',
  'woman',
  'mother',
  'father',
  'boy',
  'girl',
  'officer',
  'soldier',
  'doctor',
  'victim',
  'farmer',
  'teacher',
  'student',
  'fan',
  'worker',
  'driver',
  'nurse',
  'veteran',
  'grandmother',
  'grandfather',
  'widow',
  'son',
  'daughter',
  'wife',
  'husband',
]);
const AGE_LIMITS = new Set(['under', 'over', 'above', 'below']);
const AGE_TAILS = new Set(['older', 'younger', 'over', 'under', 'above']);

/** Words near a glued pair of small numbers that make it a score: "won 2-1", "a 1-3 defeat". */
const SCORE_WORDS = new Set([
  'won',
  'win',
  'wins',
  'winning',
  'lost',
  'lose',
  'loses',
  'losing',
  'beat',
  'beats',
  'beaten',
  'beating',
  'defeated',
  'defeat',
  'defeats',
  'drew',
  'draw',
  'draws',
  'victory',
  'victories',
  'loss',
  'lead',
  'led',
  'leading',
  'trailing',
  'trailed',
  'score',
  'scored',
  'scoreline',
  'edged',
  'thrashed',
  'routed',
  'win',
  'final',
  'match',
  'game',
  'tie',
  'halftime',
  'half-time',
  'aggregate',
  'sets',
  'set',
]);

/** Nouns after "Boeing 737" or "Patriot 3" that show the number names a model: "Boeing 737 jets". */
const MODEL_NOUNS = new Set([
  'jet',
  'jets',
  'aircraft',
  'plane',
  'planes',
  'airliner',
  'airliners',
  'rocket',
  'rockets',
  'missile',
  'missiles',
  'tank',
  'tanks',
  'drone',
  'drones',
  'helicopter',
  'helicopters',
  'launcher',
  'launchers',
  'model',
  'models',
  'series',
  'engine',
  'engines',
  'variant',
  'variants',
  'class',
  'fighter',
  'fighters',
  'bomber',
  'bombers',
  'system',
  'systems',
  'vaccine',
  'vaccines',
  'phone',
  'phones',
  'chip',
  'chips',
  'version',
  'pandemic',
  'virus',
  'summit',
  'countries',
  'nations',
  'leaders',
  'group',
]);

const ONE_BEFORE = new Set([
  'no',
  'any',
  'every',
  'each',
  'the',
  'this',
  'that',
  'which',
  'someone',
  'anyone',
  'everyone',
  'only',
  'no-one',
  'last',
  'such',
  'a',
  'an',
  'another',
  'little',
  'big',
  'good',
  'right',
  'wrong',
]);

function isMonth(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !MONTHS.has(t.lower)) return false;
  // "may" is a month only when capitalised; the others are unambiguous enough.
  return t.lower !== 'may' || t.text === 'May';
}

function punctIs(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

/** The word before token `at`, skipping one point ("Mar. 16", "No. 5"), or undefined. */
function wordBefore(tokens: Token[], at: number, floor: number): Token | undefined {
  let k = at - 1;
  if (k >= floor && punctIs(tokens[k], '.')) k--;
  return k >= floor && tokens[k].kind === 'word' ? tokens[k] : undefined;
}

function isYearLike(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'num' || !isPlainInteger(t.text) || t.text.length !== 4) return false;
  const v = Number(t.text);
  return v >= 1000 && v <= 2199;
}

function isDayNumber(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'num' || !isPlainInteger(t.text)) return false;
  const v = Number(t.text);
  return v >= 1 && v <= 31;
}

/** Whether the word looks like a plural count noun ("soldiers", "people"), the sign a year-like number counts. */
function looksPlural(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  if (w === 'people' || w === 'children' || w === 'men' || w === 'women' || w === 'troops' || w === 'police')
    return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith("'s");
}

/** A token further on, but never past the sentence. */
function tokenAt(tokens: Token[], k: number, end: number): Token | undefined {
  return k < end ? tokens[k] : undefined;
}

/** Whether the context of a numeral says date, time, year, code or phone number. */
function numeralContextRefuses(
  tokens: Token[],
  r: NumberReading,
  floor: number,
  end: number,
  qualified: boolean,
): boolean {
  const firstNum = r.numerals[0];
  const lastNum = r.numerals[r.numerals.length - 1];
  const prev = firstNum - 1 >= floor ? tokens[firstNum - 1] : undefined;
  const numTok = tokens[firstNum];
  const after = r.last + 1 < end ? tokens[r.last + 1] : undefined;
  const afterNum = lastNum + 1 < end ? tokens[lastNum + 1] : undefined;

  // Glued to what precedes: "10:17", "3/16", "#5", "+44", "G7", "F-16", "COVID-19", "mid-2023".
  if (prev && !numTok.gap && !r.currency) {
    if (prev.kind === 'word') return true;
    if (punctIs(prev, ':/#+=?&_@\\|')) return true;
    if (punctIs(prev, '-\u2010') && firstNum - 2 >= floor && !prev.gap && tokens[firstNum - 2].kind !== 'punct')
      return true;
    if (punctIs(prev, '.') && firstNum - 2 >= floor && !prev.gap) return true; // "v.2", "192.168.1"
  }
  // Glued to what follows: "10:17", "3/16", "5-3-1", "2.4.1".
  if (afterNum && !afterNum.gap && punctIs(afterNum, ':/\\@_')) {
    const beyond = tokenAt(tokens, lastNum + 2, end);
    if (beyond && !beyond.gap && (beyond.kind === 'num' || beyond.kind === 'word')) return true;
  }
  const afterAfter = tokenAt(tokens, r.last + 2, end);
  if (after && !after.gap && punctIs(after, '-\u2010') && afterAfter?.kind === 'num' && !afterAfter.gap) return true;
  // "1960's", "'90s"
  if (after && punctIs(after, "'\u2019") && !after.gap && afterAfter?.lower === 's') return true;
  // Match minutes: "45′", "45'", "90+3".
  if (afterNum && !afterNum.gap && punctIs(afterNum, "'\u2032\u2019")) {
    const beyond = tokenAt(tokens, lastNum + 2, end);
    if (!(beyond && !beyond.gap && beyond.kind === 'word')) return true;
  }
  if (afterNum && !afterNum.gap && punctIs(afterNum, '+')) {
    const beyond = tokenAt(tokens, lastNum + 2, end);
    if (beyond && !beyond.gap && beyond.kind === 'num') return true;
  }
  // Scores: "won 2-1", "lost 1-3", "a 1-2 defeat".
  if (r.hyphenRange && r.hi <= 30 && Number.isInteger(r.lo) && Number.isInteger(r.hi)) {
    for (let k = Math.max(floor, firstNum - 4); k <= Math.min(end - 1, r.last + 2); k++) {
      if (tokens[k].kind === 'word' && SCORE_WORDS.has(tokens[k].lower)) return true;
    }
  }
  // A model or a code after a name: "Boeing 737", "Covid 19", "Resolution 2720.", "Boeing 737 jets".
  if (
    prev &&
    prev.kind === 'word' &&
    numTok.gap &&
    !r.unit &&
    !r.scaled &&
    !qualified &&
    isPlainInteger(numTok.text) &&
    /^\p{Lu}/u.test(prev.text) &&
    firstNum - 2 >= floor &&
    tokens[firstNum - 2].kind === 'word' &&
    !isMonth(prev) &&
    r.numerals.length === 1
  ) {
    // Only a plural count noun after it keeps it a count: "in Gaza 500 people died".
    const next = tokenAt(tokens, r.last + 1, end);
    const counted = next !== undefined && next.text === next.lower && looksPlural(next) && !MODEL_NOUNS.has(next.lower);
    if (!counted) return true;
  }
  // Numbers side by side with only spaces between are codes or phone numbers: "020 7946 0958".
  if (prev && prev.kind === 'num') return true;
  if (after && after.kind === 'num' && !r.unit) return true;
  // "(555) 123-4567"
  if (
    prev &&
    punctIs(prev, '(') &&
    afterNum &&
    punctIs(afterNum, ')') &&
    tokenAt(tokens, lastNum + 2, end)?.kind === 'num'
  )
    return true;
  if (r.hyphenRange && r.numerals.length === 2) {
    const a = tokens[r.numerals[0]].text;
    const b = tokens[r.numerals[1]].text;
    if (isPlainInteger(a) && isPlainInteger(b) && a.length === 3 && b.length >= 4) return true; // "555-1234"
  }

  // Times: "10 AM", "3 p.m.", "10:17 AM" (the colon case is above).
  if (afterNum && afterNum.kind === 'word' && TIME_AFTER.has(afterNum.lower) && !r.unit) return true;
  if (
    afterNum &&
    (afterNum.lower === 'a' || afterNum.lower === 'p') &&
    punctIs(tokenAt(tokens, lastNum + 2, end), '.') &&
    tokenAt(tokens, lastNum + 3, end)?.lower === 'm'
  )
    return true;

  // Identifiers: "News ID 213066", "No. 5", "Article 5".
  const named = wordBefore(tokens, firstNum, floor);
  // "Level 4b": a label, whose letter is no billion.
  const letter = tokens[firstNum + 1];
  const labelled = r.scaled && letter?.kind === 'word' && !letter.gap && letter.text.length === 1;
  if (named && ID_WORDS.has(named.lower) && !qualified && !r.currency && (!r.scaled || labelled)) {
    return true;
  }

  // Dates: "October 7", "Mar. 16", "7 October", "March 2024".
  if (!r.scaled && !r.unit && !qualified) {
    if (named && isMonth(named) && (isDayNumber(tokens, firstNum) || isYearLike(tokens, firstNum))) return true;
    if (isDayNumber(tokens, lastNum)) {
      const nx = tokens[lastNum + 1];
      if (lastNum + 1 < end && isMonth(nx)) return true;
      if (lastNum + 2 < end && nx.lower === 'of' && isMonth(tokens[lastNum + 2])) return true;
    }
  }

  // Years: a bare four-digit number unless it plainly counts something ("2000 soldiers").
  if (!r.scaled && !r.unit && !qualified && isYearLike(tokens, firstNum)) {
    if (r.range) return isYearLike(tokens, lastNum) || tokens[lastNum].text.length === 2;
    const before = prev && prev.kind === 'word' ? prev.lower : prev ? prev.text : '';
    return YEAR_BEFORE.has(before) || !looksPlural(after);
  }
  // Long plain digit runs are codes, not counts ("213066" is caught by its "ID"; this is the rest).
  if (!r.currency && !r.scaled && isPlainInteger(numTok.text) && numTok.text.length >= 9) return true;
  return false;
}

/** Whether a number written in words is part of a phrase or a name rather than a count. */
function wordsContextRefuses(tokens: Token[], r: NumberReading, floor: number, end: number): boolean {
  const first = tokens[r.first];
  const prev = r.first - 1 >= floor ? tokens[r.first - 1] : undefined;
  const next = r.last + 1 < end ? tokens[r.last + 1] : undefined;
  // A capitalised number word inside a sentence names something: "the Big Three", "Ocean's Eleven".
  const capital = first.text[0] !== first.text[0].toLowerCase();
  const sentenceOpen = !prev || prev.kind === 'punct';
  if (capital && !sentenceOpen) return true;
  // Glued to a word by a hyphen: "Group-of-Seven", "Formula-One".
  if (prev && punctIs(prev, '-\u2010') && !first.gap) return true;
  if (first.lower === 'one' && r.last === r.first && !r.unit) {
    if (prev && prev.kind === 'word' && ONE_BEFORE.has(prev.lower)) return true;
    if (!next || next.kind !== 'word' || ONE_AFTER.has(next.lower)) return true;
    // "one commander said", "one senior Israeli official told": "one" is "a".
    for (let k = r.last + 1; k < end && k <= r.last + 5; k++) {
      const t = tokens[k];
      if (t.kind !== 'word') break;
      if (ONE_SAY_VERBS.has(t.lower)) return true;
    }
  }
  return false;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Ages and age groups: "a 6-year-old", "45 years old", "children under 5", "those 65 and older". */
function isAge(tokens: Token[], r: NumberReading, floor: number, end: number): boolean {
  if (r.unit === 'years' && r.modifier) {
    const tail = tokens[r.last].lower;
    if (tail === 'old' || tail === 'olds') return true;
  }
  const next = r.last + 1 < end ? tokens[r.last + 1] : undefined;
  const beyond = r.last + 2 < end ? tokens[r.last + 2] : undefined;
  if (r.unit === 'years' && next && (next.lower === 'old' || (next.lower === 'of' && beyond?.lower === 'age')))
    return true;
  if (r.unit !== null || r.hi > 120 || r.scaled) return false;
  // "aged between 18 and 25"
  if (r.range && r.first - 2 >= floor && tokens[r.first - 2].lower === 'aged') return true;
  // "children under the age of five", "under age 5", "at the age of 12", "the age of 16 and over".
  const p1 = r.first - 1 >= floor ? tokens[r.first - 1].lower : '';
  const p2 = r.first - 2 >= floor ? tokens[r.first - 2].lower : '';
  if ((p1 === 'of' && p2 === 'age') || p1 === 'age' || (p1 === 'ages' && r.range)) return true;
  const limit = r.first - 1 >= floor ? tokens[r.first - 1] : undefined;
  const owner = r.first - 2 >= floor ? tokens[r.first - 2] : undefined;
  if (
    limit &&
    AGE_LIMITS.has(limit.lower) &&
    owner &&
    (AGE_GROUP_NOUNS.has(owner.lower) || (AGE_COPULAS.has(owner.lower) && r.hi <= 30))
  ) {
    const tail = r.last + 1 < end ? tokens[r.last + 1] : undefined;
    if (!tail || tail.kind !== 'word' || tail.lower === 'and' || tail.lower === 'or') return true;
  }
  // "those 65 and older", "people 18 or over"
  if (next && (next.lower === 'and' || next.lower === 'or') && beyond && AGE_TAILS.has(beyond.lower)) {
    const who = r.first - 1 >= floor ? tokens[r.first - 1] : undefined;
    if (who && AGE_GROUP_NOUNS.has(who.lower)) return true;
  }
  // "the under-19 team" is caught as glued; "the Under 19 team", "under 19s" after a team word.
  if (
    limit &&
    AGE_LIMITS.has(limit.lower) &&
    next &&
    /^(?:team|side|squad|category|level|league|championship|cup|tournament|players|international)s?$/.test(next.lower)
  )
    return true;
  return false;
}

/** Whether the number read at `r` is a date, a year, a time, a code or a phrase, not a figure. */
export function isNotAFigure(
  tokens: Token[],
  r: NumberReading,
  floor: number,
  end: number,
  qualified: boolean,
): boolean {
  const after = r.last + 1 < end ? tokens[r.last + 1] : undefined;
  if (r.duration && after && after.kind === 'word' && TIME_REFERENCE_AFTER.has(after.lower)) return true;
  if (isAge(tokens, r, floor, end)) return true;
  const prev = r.first - 1 >= floor ? tokens[r.first - 1] : undefined;
  // "in the past 24 hours", "over two months", "the highest in 30 years" (the qualifier is passed over).
  if (r.duration && !r.modifier) {
    let k = r.first - 1;
    while (
      k >= floor &&
      tokens[k].kind === 'word' &&
      k >= r.first - 3 &&
      !TIME_SPAN_BEFORE.has(tokens[k].lower) &&
      /^(?:more|than|nearly|almost|about|around|over|some|just|the|under|less|fewer|at|least|roughly|only)$/.test(
        tokens[k].lower,
      )
    )
      k--;
    if (k >= floor && TIME_SPAN_BEFORE.has(tokens[k].lower)) return true;
  }
  // "their last five matches", "the first two months", "the top half of earners".
  if (prev && prev.kind === 'word' && RANK_BEFORE.has(prev.lower) && r.value < 100 && !r.unit?.startsWith('p'))
    return true;
  // "3.7 admissions per 100,000 people": the base of a rate.
  if (prev && prev.kind === 'word' && prev.lower === 'per') return true;
  // "Ruiz, 47, conceded", "One resident, 82, said": an age in apposition to a name or a person.
  if (
    r.numerals.length === 1 &&
    !r.unit &&
    !r.range &&
    r.value >= 1 &&
    r.value <= 110 &&
    Number.isInteger(r.value) &&
    prev &&
    punctIs(prev, ',') &&
    after &&
    punctIs(after, ',.') &&
    r.first - 2 >= floor &&
    tokens[r.first - 2].kind === 'word' &&
    (/^\p{Lu}/u.test(tokens[r.first - 2].text) || PERSON_WORDS.has(tokens[r.first - 2].lower))
  ) {
    return true;
  }
  // "on Thursday (14)": the day of the month, in brackets after its weekday.
  if (
    prev &&
    punctIs(prev, '(') &&
    after &&
    punctIs(after, ')') &&
    r.first - 2 >= floor &&
    WEEKDAYS.has(tokens[r.first - 2].lower) &&
    Number.isInteger(r.value) &&
    r.value >= 1 &&
    r.value <= 31
  )
    return true;
  // "the five-star liner", "a 4-star general": a rating, not a count.
  if (
    !r.unit &&
    after &&
    punctIs(after, '-\u2010') &&
    r.last + 2 < end &&
    !tokens[r.last + 2].gap &&
    /^stars?$/.test(tokens[r.last + 2].lower)
  )
    return true;
  // "who turned 19 last month"
  if (
    prev &&
    prev.kind === 'word' &&
    (prev.lower === 'turned' || prev.lower === 'turns' || prev.lower === 'turning') &&
    !r.unit
  )
    return true;
  if (r.numerals.length > 0) return numeralContextRefuses(tokens, r, floor, end, qualified);
  return wordsContextRefuses(tokens, r, floor, end);
}
