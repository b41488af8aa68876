// Who a sentence cites, when it says so itself: "according to the Israeli military, …" or
// "…, the Iranian analyst said". Deliberately simple: the sources module (lib/sources) does the full
// job across sentences and its answer replaces this one through `attachSources`.
import {
  AMBIGUOUS_REPORTING_VERBS,
  FINDING_VERBS,
  GOVERNMENT_HEADS,
  MILITARY_HEADS,
  ORGANIZATION_HEADS,
  OUTLET_HEADS,
  PERSON_HEADS,
  REPORTING_VERBS,
} from '../sources/attribution-lexicon';
import { TIME_WORDS } from './function-words';
import { startsNumberWords } from './number-words';
import type { Token } from './tokens';

/**
 * The reporting verbs of the sources module, and those of a study's findings: one vocabulary for both.
 * Reading one sentence alone, the verbs that are as often nouns are left out.
 */
const SAY_VERBS: ReadonlySet<string> = new Set(
  [...REPORTING_VERBS, ...FINDING_VERBS].filter((w) => !AMBIGUOUS_REPORTING_VERBS.has(w)),
);

/** Verbs that follow a plural noun: "claims fell", "estimates were", "reports show". */
const VERBS_AFTER_NOUN = new Set([
  'fell',
  'rose',
  'grew',
  'were',
  'are',
  'have',
  'had',
  'show',
  'showed',
  'suggest',
  'remain',
  'remained',
]);

/** Words after a preposition that make it a time, when a finding is dated: "found on Tuesday that…". */
const TIME_AFTER_PREPOSITION = new Set([...TIME_WORDS, 'that', 'its', 'their']);

/** Prepositions of place and time, after which a finding's verb is a participle. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'near',
  'during',
  'under',
  'among',
  'inside',
  'across',
  'along',
  'off',
]);

/** Words that may stand between a subject and its verb: "Hamas has also said". */
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'later', 'previously', 'earlier', 'recently']);

/** Subjects that name nobody on their own. */
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'this',
  'that',
  'who',
  'which',
  'him',
  'her',
  'them',
  'one',
]);

/** Words that end a source's name when walking back from "said". */
const STOPS = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'as',
  'because',
  'while',
  'when',
  'if',
  'after',
  'before',
  'since',
  'where',
  'so',
  'than',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'also',
  'not',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
]);

/** Words after "…, said" that begin no speaker: "…, its governor, Filip Pronin, said on the Telegram app". */
const AFTER_SAID = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'to',
  'that',
  'late',
  'early',
  'last',
  'this',
  'earlier',
  'later',
  'today',
  'yesterday',
]);

/** Adjectives of a report, which name nobody: "initial estimates", "unofficial police estimates". */
const REPORT_ADJECTIVES = new Set([
  'initial',
  'latest',
  'preliminary',
  'official',
  'unofficial',
  'new',
  'early',
  'recent',
  'provisional',
]);
const REPORT_ADJECTIVE_START =
  /^(?:(?:initial|latest|preliminary|official|unofficial|new|early|recent|provisional)\s+)+/i;

/** Verbs of saying that are as often plural nouns: "the new estimates", "the latest reports". */
const NOUNS_TOO = new Set(['estimates', 'reports', 'claims', 'notes', 'findings', 'shows']);

/** Words after which a verb of saying is an adjective: "the alleged gunman", "a reported attack". */
const ADJECTIVE_AFTER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that']);

/** Titles whose point does not end a name: "Dr. Smith". */
const TITLES = new Set(['st', 'dr', 'mr', 'mrs', 'ms', 'gen', 'col', 'lt', 'prof', 'sen', 'rep', 'gov']);

const MAX_NAME_WORDS = 8;

function isCapitalised(t: Token): boolean {
  const c = t.text[0];
  return c !== c.toLowerCase();
}

/** Joins tokens back into the words as written, keeping "U.S." and "Qatari-based" whole. */
function spanText(sentence: string, tokens: Token[], from: number, to: number): string {
  return sentence.slice(tokens[from].start, tokens[to].end);
}

/** The source named after "according to", up to the next comma or the end of the clause. */
function afterAccordingTo(sentence: string, tokens: Token[], k: number, end: number): string | null {
  let last = -1;
  let words = 0;
  for (let m = k; m < end && words < MAX_NAME_WORDS; m++) {
    const t = tokens[m];
    if (t.kind === 'num') break;
    if (t.kind === 'word') {
      if (words > 0 && (t.lower === 'that' || t.lower === 'which' || t.lower === 'who')) break;
      // "According to these initial results only four groups…": the clause goes on without a comma.
      if (words > 0 && (t.lower === 'only' || startsNumberWords(t.lower))) break;
      // "activists opposed to the regime", "a count conducted by": a participle ends the name.
      if (words > 0 && t.lower.length > 4 && t.lower.endsWith('ed') && !isCapitalised(t)) break;
      words++;
      last = m;
      continue;
    }
    // A point in "U.S." or "Dr.", or a hyphen in "Qatari-based" keeps the name going.
    if (t.text === '.' && m > k && !t.gap && (tokens[m - 1].text.length === 1 || TITLES.has(tokens[m - 1].lower))) {
      last = m;
      continue;
    }
    if ((t.text === '-' || t.text === '\u2019' || t.text === "'") && !t.gap && m - k < 4 * MAX_NAME_WORDS) continue;
    break;
  }
  if (last < k || anonymousReport(tokens, k, last)) return null;
  // "according to a parallel count … conducted by the Electoral Institute": whoever made it.
  const by = authorAfter(tokens, last + 1, end);
  if (by >= 0 && !nameable(tokens, k, last, false)) return afterAccordingTo(sentence, tokens, by, end);
  // "according to a search of shelter": nobody named ("the latest figures" are the figures').
  if (!nameable(tokens, k, last, true)) return null;
  const name = spanText(sentence, tokens, k, last);
  return PRONOUNS.has(name.toLowerCase()) ? null : name;
}

/** Participles after which "by" names who made a count or a report: "a count conducted by X". */
const MADE_BY = new Set([
  'conducted',
  'compiled',
  'released',
  'published',
  'commissioned',
  'issued',
  'provided',
  'run',
]);

/** The token after "<made> by" within a few words from `k` in the clause, or -1. */
function authorAfter(tokens: Token[], k: number, end: number): number {
  for (let m = k; m + 2 < end && m < k + 12; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') return -1;
    if (MADE_BY.has(t.lower) && tokens[m + 1].lower === 'by') return m + 2;
  }
  return -1;
}

/** Words that let a phrase name a source without a capital: "officials", "the health ministry", "local media". */
const SOURCE_WORDS = new Set(['media', 'reports', 'report', 'sources', 'people', 'survivors', 'relatives', 'families']);

/** Whether tokens[k..last] can name someone: a capital, a person's noun or a body's (or, with `reports`, a report). */
function nameable(tokens: Token[], k: number, last: number, reports: boolean): boolean {
  for (let m = k; m <= last; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') continue;
    if (isCapitalised(t) && !(m === k && t.lower === 'the')) return true;
    const w = t.lower;
    if (
      PERSON_NOUNS.has(w) ||
      PERSON_HEADS.has(w) ||
      PERSON_HEADS.has(w.replace(/s$/, '')) ||
      SOURCE_WORDS.has(w) ||
      (reports && REPORT_WORDS.has(w)) ||
      GOVERNMENT_HEADS.has(w) ||
      MILITARY_HEADS.has(w) ||
      ORGANIZATION_HEADS.has(w) ||
      OUTLET_HEADS.has(w)
    )
      return true;
  }
  return false;
}

/** The subject before a verb of saying at token `v`: "the Iranian analyst" in "…, the Iranian analyst said". */
function subjectBefore(sentence: string, tokens: Token[], v: number, floor: number): string | null {
  let k = v - 1;
  // "an official familiar with the talks said": the subject is the noun before "familiar with".
  for (let m = k; m >= floor + 2 && m >= k - 5; m--) {
    if (
      (tokens[m].lower === 'with' || tokens[m].lower === 'to' || tokens[m].lower === 'on') &&
      /^(?:familiar|close|briefed|knowledgeable)$/.test(tokens[m - 1].lower)
    ) {
      k = m - 2;
      break;
    }
  }
  while (k >= floor && tokens[k].kind === 'word' && BETWEEN.has(tokens[k].lower)) k--;
  // "… Family Welfare this evening showed", "the ministry on Monday said": a time between subject and verb.
  k = beforeTime(tokens, k, floor);
  const last = k;
  let first = -1;
  for (let n = 0; k >= floor && n < MAX_NAME_WORDS; k--, n++) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      if ((t.text === '.' || t.text === '-' || t.text === "'" || t.text === '\u2019') && !t.gap && k > floor) continue;
      // "Ministry of Health & Family Welfare": an ampersand between capitals.
      if (t.text === '&' && k > floor && isCapitalised(tokens[k - 1]) && k + 1 <= last && isCapitalised(tokens[k + 1]))
        continue;
      break;
    }
    // "for", "of" and "and" between capitals stay inside a name: "the Office for National Statistics".
    const inName =
      (t.lower === 'for' || t.lower === 'of' || t.lower === 'and') &&
      k > floor &&
      isCapitalised(tokens[k - 1]) &&
      k + 1 <= last &&
      isCapitalised(tokens[k + 1]);
    if (!inName && (STOPS.has(t.lower) || SAY_VERBS.has(t.lower))) break;
    first = k;
  }
  if (first < 0 || last < first) return null;
  // Keep from the first capitalised word or "the": "the Gaza health ministry", "Ross".
  const whole = first;
  while (
    first <= last &&
    tokens[first].kind === 'word' &&
    !isCapitalised(tokens[first]) &&
    tokens[first].lower !== 'the'
  )
    first++;
  // "an official", "a senior diplomat": unnamed people are sources too.
  if (first > last && PERSON_NOUNS.has(tokens[last].lower)) first = whole;
  if (first > last) return null;
  // A number phrase or a quantity is never a source: "Three-quarters of respondents said", "Most voters say".
  for (let k = first - 1; k >= floor && k >= first - 3 && tokens[k].kind === 'word'; k--) {
    if (QUANTITY_WORDS.has(tokens[k].lower) || (startsNumberWords(tokens[k].lower) && tokens[k].lower !== 'a'))
      return null;
  }
  for (let k = first; k <= last; k++) {
    if (
      tokens[k].kind === 'num' ||
      QUANTITY_WORDS.has(tokens[k].lower) ||
      (k === first && startsNumberWords(tokens[k].lower) && tokens[k].lower !== 'a')
    )
      return null;
  }
  // "Labor Department data showed": the body whose data they are.
  const end = last > first && REPORT_WORDS.has(tokens[last].lower) && isCapitalised(tokens[last - 1]) ? last - 1 : last;
  const name = spanText(sentence, tokens, first, end);
  if (PRONOUNS.has(name.toLowerCase())) return null;
  return name;
}

const TIME_UNITS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The last token before a time that ends at token `k` ("this evening", "on Monday", "earlier this week"), or `k`. */
function beforeTime(tokens: Token[], k: number, floor: number): number {
  const w = (m: number) => (m >= floor && tokens[m].kind === 'word' ? tokens[m].lower : '');
  if (TIME_UNITS.has(w(k)) && (w(k - 1) === 'this' || w(k - 1) === 'last')) {
    const before = w(k - 2);
    return before === 'earlier' || before === 'later' ? k - 3 : k - 2;
  }
  if (WEEKDAYS.has(w(k)) && w(k - 1) === 'on') return k - 2;
  if (w(k) === 'yesterday' || w(k) === 'today' || w(k) === 'tonight') return k - 1;
  return k;
}

/** Nouns of a report, which name its author only with a name before them: "Labor Department data". */
const REPORT_WORDS = new Set(['data', 'figures', 'statistics', 'estimates', 'report', 'results', 'tally', 'count']);

const DEMONSTRATIVES = new Set(['this', 'these', 'that', 'those']);

/** Whether a source found after "according to" is only a report pointed back to: "these initial results". */
function anonymousReport(tokens: Token[], k: number, last: number): boolean {
  if (!REPORT_WORDS.has(tokens[last].lower) || !DEMONSTRATIVES.has(tokens[k].lower)) return false;
  for (let m = k; m <= last; m++) if (tokens[m].kind === 'word' && isCapitalised(tokens[m])) return false;
  return true;
}

/** Nouns of a person who may be cited without a name: "an official said". */
const PERSON_NOUNS = new Set([
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'analyst',
  'analysts',
  'minister',
  'commander',
  'officer',
  'expert',
  'experts',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'doctor',
  'doctors',
  'medic',
  'medics',
  'negotiator',
  'aide',
  'adviser',
  'advisor',
  'economist',
  'economists',
  'researcher',
  'researchers',
  'organisers',
  'organizers',
  'police',
  'authorities',
  'rescuers',
]);

/** Words of a quantity, which make a phrase a number phrase rather than a source. */
const QUANTITY_WORDS = new Set([
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'tenth',
  'tenths',
  'percent',
  'cent',
  'per',
  'majority',
  'minority',
  'most',
  'many',
  'few',
  'several',
  'some',
  'all',
  'none',
  'proportion',
  'share',
  'number',
  'three-quarters',
  'two-thirds',
  'one-third',
  'one-quarter',
  'one-fifth',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
]);

/** Nouns of a reported number that a possessive before them credits: "the ministry's figure of 1,139". */
const FIGURE_NOUNS = new Set([
  'figure',
  'figures',
  'tally',
  'tallies',
  'count',
  'counts',
  'estimate',
  'estimates',
  'data',
  'toll',
  'statistics',
  'numbers',
  'number',
  'total',
]);

const FIGURE_LINKS = new Set([
  'of',
  'at',
  'showing',
  'shows',
  'showed',
  'show',
  'put',
  'puts',
  'was',
  'is',
  'stood',
  'stands',
  'reached',
]);

/** A source named right before a figure, inside the claim: "the ministry's figure of 1,139", "UN data showing 40%". */
export function innerSourceBefore(text: string, tokens: Token[], first: number, floor: number): string | null {
  // "<owner>'s <figure noun> [of | at | showing | shows]" ending right before the figure.
  let k = first - 1;
  if (k >= floor && tokens[k].kind === 'word' && FIGURE_LINKS.has(tokens[k].lower)) k--;
  for (
    let skipped = 0;
    k >= floor && skipped < 2 && tokens[k].kind === 'word' && !FIGURE_NOUNS.has(tokens[k].lower);
    skipped++
  ) {
    // "the ministry's latest death toll of": adjectives and "death" between the owner and the noun.
    if (
      !/^(?:latest|official|own|new|final|updated|death|casualty|preliminary|initial|daily|revised)$/.test(
        tokens[k].lower,
      )
    )
      return null;
    k--;
  }
  if (k < floor || !FIGURE_NOUNS.has(tokens[k].lower)) return null;
  // Adjectives between the owner and the noun: "the ministry's latest death toll".
  let owner = k - 1;
  while (
    owner >= floor &&
    owner >= k - 3 &&
    tokens[owner].kind === 'word' &&
    !/['\u2019]s$/.test(tokens[owner].lower)
  ) {
    if (
      !/^(?:latest|official|own|new|final|updated|death|casualty|preliminary|initial|daily|revised)$/.test(
        tokens[owner].lower,
      )
    )
      break;
    owner--;
  }
  if (owner < floor || tokens[owner].kind !== 'word' || !/['\u2019]s$/.test(tokens[owner].lower)) {
    // "figures from the UN", "data by the WHO" come after the noun: "UN figures of 40" name it before.
    return null;
  }
  let start = owner;
  for (let m = owner - 1; m >= floor && m >= owner - 4; m--) {
    const t = tokens[m];
    if (t.kind !== 'word' || STOPS.has(t.lower) || SAY_VERBS.has(t.lower) || QUANTITY_WORDS.has(t.lower)) break;
    if (
      !isCapitalised(t) &&
      t.lower !== 'the' &&
      !/^(?:health|interior|defence|defense|foreign|military|local|civil|state|national|palestinian|israeli)$/.test(
        t.lower,
      )
    )
      break;
    start = m;
    if (t.lower === 'the') break;
  }
  const written = text.slice(tokens[start].start, tokens[owner].end).replace(/['\u2019]s$/, '');
  if (PRONOUNS.has(written.toLowerCase())) return null;
  return written;
}

/** Participles after a figure by which "by" names its author: "the figure of 45,000 given by activists". */
const GIVEN_BY = new Set(['given', 'cited', 'reported', 'provided', 'released', 'compiled', 'published', 'issued']);

/** A source named right after a figure: "45,000 given by activists", "a toll of 300 reported by the ministry". */
export function innerSourceAfter(text: string, tokens: Token[], k: number, end: number): string | null {
  if (k + 2 >= end || !GIVEN_BY.has(tokens[k].lower) || tokens[k + 1].lower !== 'by') return null;
  return afterAccordingTo(text, tokens, k + 2, end);
}

/**
 * The source a sentence names for its own claims, or null; the sentence is tokens[floor, end) of `text`. A sentence's own
 * tokens are those of the whole text between its ends, so extractFigures does not tokenize it again.
 */
export function attributionInTokens(text: string, tokens: Token[], floor: number, end: number): string | null {
  for (let k = floor; k + 1 < end; k++) {
    if (tokens[k].lower === 'according' && tokens[k + 1].lower === 'to') {
      const name = afterAccordingTo(text, tokens, k + 2, end);
      if (name) return name;
    }
  }
  for (let k = floor; k < end; k++) {
    if (tokens[k].kind !== 'word' || !SAY_VERBS.has(tokens[k].lower)) continue;
    // "the alleged gunman": after a determiner the word is an adjective.
    if (k > floor && ADJECTIVE_AFTER.has(tokens[k - 1].lower)) continue;
    // "The new estimates reflect…": a noun after a determiner and an adjective, unless "that" or a
    // number follows it as its object ("the ministry estimates that…", "the agency reports 40 deaths").
    if (
      NOUNS_TOO.has(tokens[k].lower) &&
      k + 1 < end &&
      (tokens[k + 1].lower === 'of' || tokens[k + 1].lower === 'from' || tokens[k + 1].lower === 'put')
    ) {
      // "Unofficial police estimates put the crowd at 120,000": whose estimates they are, if anyone's.
      const owner = tokens[k + 1].lower === 'put' ? subjectBefore(text, tokens, k, floor) : null;
      const named = owner?.replace(REPORT_ADJECTIVE_START, '');
      if (named && k - 1 >= floor && !REPORT_ADJECTIVES.has(tokens[k - 1].lower)) return named;
      continue;
    }
    // "Jobless claims fell by 9,000": a verb right after it makes it the noun, its subject.
    if (
      NOUNS_TOO.has(tokens[k].lower) &&
      k + 1 < end &&
      tokens[k + 1].kind === 'word' &&
      (VERBS_AFTER_NOUN.has(tokens[k + 1].lower) || /[^e]ed$/.test(tokens[k + 1].lower))
    )
      continue;
    if (
      NOUNS_TOO.has(tokens[k].lower) &&
      k - 2 >= floor &&
      ADJECTIVE_AFTER.has(tokens[k - 2].lower) &&
      !isCapitalised(tokens[k - 1]) &&
      !(k + 1 < end && (tokens[k + 1].lower === 'that' || tokens[k + 1].kind === 'num'))
    )
      continue;
    // "the disease first discovered in China", "bodies found in the rubble": a finding's verb before a
    // place or a time describes its noun (a study finds "that", or finds a figure).
    if (
      (tokens[k].lower === 'found' || tokens[k].lower === 'discovered') &&
      k + 2 < end &&
      PLACE_PREPOSITIONS.has(tokens[k + 1].lower) &&
      !TIME_AFTER_PREPOSITION.has(tokens[k + 2].lower)
    )
      continue;
    // "employers added 428,000 jobs": "added" with an object reports nothing.
    if (tokens[k].lower === 'added' && k + 1 < end && tokens[k + 1].kind !== 'punct' && tokens[k + 1].lower !== 'that')
      continue;
    // ", said the ministry" — the subject after the verb; a finding does not invert ("…, showed it was
    // leading"), nor does a pronoun follow its verb.
    if (
      k > floor &&
      tokens[k - 1].text === ',' &&
      k + 1 < end &&
      tokens[k + 1].kind === 'word' &&
      !AFTER_SAID.has(tokens[k + 1].lower) &&
      !FINDING_VERBS.has(tokens[k].lower) &&
      !PRONOUNS.has(tokens[k + 1].lower)
    ) {
      const name = afterAccordingTo(text, tokens, k + 1, end);
      if (name) return name;
    }
    const name = subjectBefore(text, tokens, k, floor);
    if (name) return name;
  }
  return null;
}

/** Sentence openings that carry on the previous sentence's claim: "This includes nearly 250 …". */
const CONTINUATIONS = [
  'this includes',
  'these include',
  'that includes',
  'of these',
  'of those',
  'of them',
  'among them',
  'among those',
  'this number includes',
  'this figure includes',
  'the figure includes',
  'they include',
];

/** Whether a sentence goes on with the previous one's claim, so it inherits its source. */
export function continuesPrevious(sentence: string): boolean {
  const head = sentence.slice(0, 24).toLowerCase();
  return CONTINUATIONS.some((c) => head.startsWith(c));
}
