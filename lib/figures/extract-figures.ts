// Every figure a news text reports, with its qualifier and bounds, unit, what it counts, the event and
// the source cited for it: "more than 31,000 Palestinians killed". The text is split into sentences
// and tokens once; each number is read with a bounded look around it, so the work grows linearly with
// the text, whatever it contains.
import { lookupTable } from '../text/lookup-table';
import { NO_SOURCE, type Figure } from '../types';
import { attributionInTokens, continuesPrevious, innerSourceAfter, innerSourceBefore } from './attribution';
import { INNER_SOURCED } from './attach-sources';
import { readCounted } from './counted-phrase';
import { eventAfter, eventBefore, eventOfWord } from './events';
import { AUXILIARIES, COMMON_VERBS } from './function-words';
import { startsNumberWords } from './number-words';
import { measuredThing } from './measured-thing';
import { numberOfSubject } from './number-of';
import { MULTIPLE_WORDS, PROPORTION_UNIT, TIMES_UNIT, VERB_MULTIPLE_WORDS } from './proportions';
import { isNotAFigure } from './not-figures';
import { applyQualifier, qualifierAfter, qualifierBefore, type QualifierKind } from './qualifiers';
import { readNumber, type NumberReading } from './read-number';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

export { attachSources } from './attach-sources';

export interface ExtractFiguresOptions {
  /**
   * Names the source of a figure, or null when none is given. When present it replaces the built-in
   * in-sentence attribution; null answers become "no source given".
   */
  attributeSource?: (sentenceIndex: number, sentence: string, figure: Figure) => string | null;
  /** The text's sentences (`splitSentences(text)`), when the caller has split it already. */
  sentences?: readonly Sentence[];
}

/** Verbs of change: after "rose from 100 to 200" the two numbers are two figures, not a range. */
const CHANGE_VERBS = new Set([
  'rose',
  'risen',
  'rising',
  'increased',
  'increasing',
  'fell',
  'fallen',
  'falling',
  'dropped',
  'dropping',
  'climbed',
  'climbing',
  'jumped',
  'grew',
  'grown',
  'declined',
  'decreased',
  'surged',
  'soared',
  'up',
  'down',
  'went',
  'gone',
  'doubled',
  'tripled',
  'shrank',
  'plunged',
  'raised',
  'cut',
  'reduced',
  'revised',
]);

/** Words that are multiples on their own: "twice", "doubled". */
const MULTIPLES = new Set([...Object.keys(MULTIPLE_WORDS), ...Object.keys(VERB_MULTIPLE_WORDS)]);

/** How many sentences back "100 of them" may look for what is counted. */
const ANTECEDENT_REACH = 1;

/** Events that happen to people: "1.5m were displaced" with nothing named before counts people. */
const PEOPLE_EVENTS = new Set([
  'killed',
  'wounded',
  'arrested',
  'displaced',
  'taken captive',
  'released',
  'evacuated',
  'rescued',
  'missing',
  'deported',
  'executed',
  'imprisoned',
]);

/** Words of a fall right before a figure: "fell 3 percent", "down 5 %", "dropped by 2.1%". */
const FALL_WORDS = new Set([
  'fell',
  'fallen',
  'falling',
  'falls',
  'dropped',
  'dropping',
  'drops',
  'declined',
  'declining',
  'declines',
  'decreased',
  'decreasing',
  'down',
  'slumped',
  'plunged',
  'plummeted',
  'shrank',
  'shrunk',
  'shrinking',
  'slid',
  'sank',
  'tumbled',
  'dipped',
  'contracted',
  'lost',
  'losing',
  'slipped',
  'eased',
  'retreated',
]);

/** Units whose change can be signed: amounts, not counts of people or things. */
function signedUnit(unit: string | null): boolean {
  return (
    unit === 'percent' ||
    unit === 'percentage points' ||
    unit === 'points' ||
    (unit !== null && /^[A-Z]{3}$/.test(unit))
  );
}

/** Head nouns that name the event themselves: "31,000 deaths", "250 hostages". */
const EVENT_NOUNS: Readonly<Record<string, string>> = lookupTable({
  deaths: 'killed',
  dead: 'killed',
  fatalities: 'killed',
  death: 'killed',
  injuries: 'wounded',
  injured: 'wounded',
  wounded: 'wounded',
  arrests: 'arrested',
  detentions: 'arrested',
  hostages: 'taken captive',
  captives: 'taken captive',
});

/** Words before a figure across which a comparison carries what is counted: "up from 35,000", "than 20". */
const COMPARISON_WORDS = new Set(['from', 'than', 'with', 'to', 'versus', 'vs', 'against']);

/** The events of the vocabulary, as normalized. */
const VOCABULARY_EVENTS = new Set([
  'killed',
  'wounded',
  'arrested',
  'displaced',
  'taken captive',
  'released',
  'missing',
  'evacuated',
  'imprisoned',
]);

interface Counted {
  counts: string;
  event: string | null;
  sentenceIndex: number;
}

function wordAt(tokens: Token[], k: number, floor: number): string | null {
  return k >= floor && tokens[k].kind === 'word' ? tokens[k].lower : null;
}

/** Words before "toll" that make it a count of the dead: "the death toll", "the toll there". */
const TOLL_OPENERS = new Set(['death', 'casualty', 'the', 'its']);

/** How far back a toll may be named: "The death toll from the earthquakes that struck southern Turkey and northern Syria rose to". */
const TOLL_REACH = 16;

/**
 * "the death toll rose to 31,000": a bare figure after "death toll" counts people killed; with what the
 * dead were, when a people names them ("the Palestinian death toll"), or null.
 */
function tollBefore(tokens: Token[], first: number, floor: number): { people: string | null } | null {
  for (let k = first - 1; k > floor && k >= first - TOLL_REACH; k--) {
    if (tokens[k].lower === 'toll' && TOLL_OPENERS.has(tokens[k - 1].lower)) {
      const adjective = tokens[k - 1].lower === 'death' && k - 2 >= floor ? tokens[k - 2].text : '';
      return { people: /^\p{Lu}\p{Ll}+(?:an|i)$/u.test(adjective) ? `${adjective}s` : null };
    }
  }
  return null;
}

/** Verbs by which an army loses its soldiers: "Russia had lost 1,120 soldiers". */
const LOSS_VERBS = new Set(['lost', 'losing', 'lose', 'loses']);
const SOLDIER_WORDS = new Set(['soldiers', 'troops', 'servicemen', 'men', 'personnel', 'fighters', 'officers']);

function lastWordOf(phrase: string): string {
  const words = phrase.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** Every figure in `text` (paragraphs joined by blank lines), in text order. Never throws on any string. */
export function extractFigures(text: string, options: ExtractFiguresOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const sentences = options.sentences ?? splitSentences(text);
  const tokens = tokenize(text);
  const figures: Figure[] = [];
  const attributions = new Map<number, string | null>();
  // Each sentence's tokens, tokens[floors[si], ends[si]), filled in as the sentences are read.
  const floors: number[] = [];
  const ends: number[] = [];
  const ownAttribution = (si: number): string | null => {
    let found = attributions.get(si);
    if (found === undefined) {
      found = attributionInTokens(text, tokens, floors[si], ends[si]);
      if (found === null && si > 0 && continuesPrevious(sentences[si].text)) found = ownAttribution(si - 1);
      attributions.set(si, found);
    }
    return found;
  };

  let lastCounted: Counted | null = null;
  // The whole of the last proportion: "Two in five adults … nearly one in 10 is severely obese".
  let lastProportion: Counted | null = null;
  // A figure waiting for the whole it is a part of: "1.7 million" in "1.7 million of Gaza's 2.3 million people".
  let part: { figure: Figure; lastToken: number } | null = null;
  let t = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    const floor = t;
    let end = t;
    while (end < tokens.length && tokens[end].end <= sentence.end) end++;
    t = end;
    floors.push(floor);
    ends.push(end);

    let k = floor;
    // The last figure of this sentence that said what it counts: "35,000" after "40 000 reservists";
    // by unit, for amounts: "3.9 per cent" after "Unemployment rose to 4.2 per cent".
    let inSentence: Counted | null = null;
    const amountsInSentence = new Map<string, Counted>();
    while (k < end) {
      const tok = tokens[k];
      if (tok.kind !== 'num' && !(tok.kind === 'word' && (startsNumberWords(tok.lower) || MULTIPLES.has(tok.lower)))) {
        k++;
        continue;
      }
      const before = wordAt(tokens, k - 1, floor);
      const between = before === 'between';
      const fromChange = before === 'from' && CHANGE_VERBS.has(wordAt(tokens, k - 2, floor) ?? '');
      const outcome = readNumber(tokens, k, floor, end, { between, toJoins: !fromChange, afterBy: before === 'by' });
      if (outcome === null) {
        k++;
        continue;
      }
      if (outcome.kind === 'refused') {
        k = Math.max(k + 1, outcome.last + 1);
        continue;
      }
      const r = outcome.reading;
      const rangeWord = r.range && (between || before === 'from') ? before : null;
      const qualifier = rangeWord ? null : qualifierBefore(tokens, r.first, floor);
      const post = qualifier ? null : qualifierAfter(tokens, r.last, end);
      if (isNotAFigure(tokens, r, floor, end, qualifier !== null || post !== null)) {
        k = r.last + 1;
        continue;
      }
      let figureFirst = rangeWord ? r.first - 1 : qualifier ? qualifier.edge : r.first;
      const figureLast = post ? post.edge : r.last;
      const sign = rangeWord || qualifier ? null : signBefore(tokens, r.first, floor);
      if (sign) figureFirst = sign.first;
      const negative = sign !== null || (signedUnit(r.unit) && fallBefore(tokens, figureFirst, floor));
      const built = buildFigure(
        text,
        tokens,
        r,
        figureFirst,
        figureLast,
        floor,
        end,
        {
          kind: qualifier?.kind ?? post?.kind ?? null,
          words: rangeWord ?? qualifier?.words.toLowerCase() ?? post?.words.toLowerCase() ?? null,
        },
        sentence.text,
        si,
        lastCounted,
        inSentence,
        negative,
        amountsInSentence,
        lastProportion,
      );
      k = figureLast + 1;
      if (built === null) continue;
      const figure = built.figure;
      if (part !== null && part.lastToken >= floor && figureFirst - part.lastToken <= 4) {
        // The part counts what the whole counts, and the event after the whole is the part's:
        // "1.7 million of Gaza's 2.3 million people have been displaced".
        part.figure.counts = part.figure.counts ?? figure.counts;
        if (part.figure.unit !== null && part.figure.counts !== null && !amountsInSentence.has(part.figure.unit)) {
          amountsInSentence.set(part.figure.unit, {
            counts: part.figure.counts,
            event: part.figure.event,
            sentenceIndex: si,
          });
        }
        part.figure.event = part.figure.event ?? figure.event;
        figure.event = null;
      }
      part = built.partOfNext ? { figure, lastToken: figureLast } : null;
      // A source inside the claim is the figure's own: "respondents said they trusted the ministry's figure of 1,139".
      const inner =
        innerSourceBefore(text, tokens, figureFirst, floor) ?? innerSourceAfter(text, tokens, figureLast + 1, end);
      if (inner !== null) {
        figure.source = inner;
        INNER_SOURCED.add(figure);
      } else {
        figure.source = options.attributeSource
          ? (options.attributeSource(si, sentence.text, figure) ?? NO_SOURCE)
          : (ownAttribution(si) ?? NO_SOURCE);
      }
      figures.push(figure);
      if (figure.counts !== null && figure.unit === PROPORTION_UNIT)
        lastProportion = { counts: figure.counts, event: null, sentenceIndex: si };
      if (figure.counts !== null && figure.unit === null) {
        lastCounted = { counts: figure.counts, event: figure.event, sentenceIndex: si };
        // A part named with "including" leaves the whole as what later figures of the sentence count.
        const lead = wordAt(tokens, figureFirst - 1, floor);
        if (lead !== 'including' && lead !== 'among') inSentence = lastCounted;
      } else if (figure.counts !== null && figure.unit !== null) {
        amountsInSentence.set(figure.unit, { counts: figure.counts, event: figure.event, sentenceIndex: si });
      }
    }
  }
  return figures;
}

/** -x, without a negative zero. */
function negate(x: number): number {
  return x === 0 ? 0 : -x;
}

/** Whether the figure's sentence opens with "That's", "This is", "It was" and the like, before the figure. */
function pointerOpens(tokens: Token[], floor: number, first: number): boolean {
  const t = tokens[floor];
  if (floor >= first || t.kind !== 'word') return false;
  return POINTER_OPENERS.has(t.lower.replace('\u2019', "'"));
}

const POINTER_OPENERS = new Set(["that's", "it's", 'that', 'this', 'it', 'which']);

/** An explicit sign before the number: "minus 5", "-0.4%", "(−3.2%)"; with the sign's token. */
function signBefore(tokens: Token[], first: number, floor: number): { first: number } | null {
  const k = first - 1;
  if (k < floor) return null;
  const t = tokens[k];
  if (t.kind === 'word') return t.lower === 'minus' ? { first: k } : null;
  if (t.text !== '-' && t.text !== '\u2212') return null;
  // Glued to the number, and standing apart from what precedes ("20-30" and "COVID-19" are no signs).
  if (tokens[first].gap) return null;
  if (k === floor || t.gap || tokens[k - 1].text === '(' || tokens[k - 1].text === '[') return { first: k };
  return null;
}

/** Whether a verb or adverb of a fall stands right before the figure: "fell 3 percent", "down by 5%". */
function fallBefore(tokens: Token[], first: number, floor: number): boolean {
  let k = first - 1;
  if (k >= floor && tokens[k].lower === 'by') k--;
  return k >= floor && tokens[k].kind === 'word' && FALL_WORDS.has(tokens[k].lower);
}

function buildFigure(
  text: string,
  tokens: Token[],
  r: NumberReading,
  first: number,
  last: number,
  floor: number,
  end: number,
  qualifier: { kind: QualifierKind | null; words: string | null },
  sentence: string,
  sentenceIndex: number,
  previous: Counted | null,
  inSentence: Counted | null,
  negative: boolean,
  amountsInSentence: Map<string, Counted>,
  lastProportion: Counted | null,
): { figure: Figure; partOfNext: boolean } | null {
  // The counted phrase follows any qualifier after the number: "100 or more people".
  const counted = readCounted(tokens, last === r.last ? r : { ...r, last }, first, floor, end, text);
  let counts = counted.counts;
  // A bare number right after its verb takes that verb's event: "killed 10 civilians and wounded 18 near
  // the border as they were returning" (wounded, not returning).
  const before0 = counted.counts === null ? eventBefore(tokens, first, floor) : null;
  let event =
    counted.event ??
    (before0 !== null && VOCABULARY_EVENTS.has(before0) ? before0 : null) ??
    // A span of time is no one's event: "after a lapse of 55 years | had contributed favourably"; nor is
    // a quake's magnitude ("a 7.7-magnitude earthquake | killed" counts no one killed).
    (r.duration || r.unit === 'magnitude' ? null : eventAfter(tokens, counted.after, end)) ??
    (r.unit === 'magnitude' ? null : eventBefore(tokens, first, floor));
  if (counts === null && counted.needsAntecedent) {
    if (counted.partitive) {
      // "100 of them" after "250 were taken captive" counts the captives, from this sentence or the one before.
      if (previous && sentenceIndex - previous.sentenceIndex <= ANTECEDENT_REACH) {
        counts = previous.event === 'taken captive' ? 'captives' : previous.counts;
      }
    } else if (inSentence) {
      // "1,100 people were killed and roughly 250 were taken captive": the clause before names them; but
      // "20 bodies and 90 wounded" are people, whom the bodies before do not count.
      const next =
        counted.after < end && tokens[counted.after].kind === 'word' ? eventOfWord(tokens[counted.after].lower) : null;
      counts =
        next !== null &&
        PEOPLE_EVENTS.has(next) &&
        !PEOPLE_EVENTS.has(inSentence.event ?? '') &&
        inSentence.event === null
          ? 'people'
          : inSentence.counts;
    } else if ((event !== null && PEOPLE_EVENTS.has(event)) || (!r.words && r.value >= 100)) {
      // A large bare subject of a verb is people too: "Almost 390,000 have waited more than a year".
      // "some 1.5m were displaced": people, whatever an earlier sentence counted.
      counts = 'people';
    }
  }
  const before = first - 1 >= floor ? tokens[first - 1].lower : '';
  if (counts === null && r.unit === null && !counted.partOfNext) {
    const count = numberOfSubject(tokens, first, floor, text);
    if (count !== null) {
      counts = count.counts;
      event = event ?? count.event;
    }
  }
  const toll = counts === null && r.unit === null ? tollBefore(tokens, first, floor) : null;
  if (toll !== null) {
    counts = toll.people ?? 'people';
    event = event ?? 'killed';
  }
  // "Russia had lost 1,120 soldiers": soldiers lost in war are killed.
  if (event === null && counts !== null && LOSS_VERBS.has(before) && SOLDIER_WORDS.has(lastWordOf(counts)))
    event = 'killed';
  // "100 people died, 55 of them in Lee County": a part shares the event of its whole.
  if (event === null && counted.partitive && previous && previous.sentenceIndex === sentenceIndex)
    event = previous.event;
  // An amount says what it measures before or around it: "growth of 0.7 per cent", "Unemployment rose to
  // 4.2 per cent"; a figure in the unit of one before it in the sentence, across a comparison, measures
  // the same: "up from 3.9 per cent", "40 000 reservists were called up, up from 35,000 in October".
  const amount = r.unit !== null && !r.duration && r.unit !== PROPORTION_UNIT;
  if (
    counts === null &&
    !counted.needsAntecedent &&
    !counted.partOfNext &&
    (amount || r.unit === null || r.unit === TIMES_UNIT)
  ) {
    const same = r.unit === null ? inSentence : (amountsInSentence.get(r.unit) ?? null);
    // "Some 3,000 firefighters …, including 200 sent from Ontario": a part named bare counts what its whole counts.
    const part = r.unit === null && (before === 'including' || before === 'among');
    const comparison =
      part ||
      COMPARISON_WORDS.has(before) ||
      before === 'up' ||
      before === 'down' ||
      before === 'and' ||
      before === 'or';
    // "Border Patrol arrested 95,000 migrants in June. That's down from nearly 133,000 in May": a
    // comparison that opens its sentence with a pointer compares with the figure before.
    const pointed =
      same === null &&
      before === 'from' &&
      previous !== null &&
      sentenceIndex - previous.sentenceIndex === 1 &&
      r.unit === null &&
      pointerOpens(tokens, floor, first);
    if (same && comparison) {
      counts = same.counts;
      if (event === null && r.unit === null && COMPARISON_WORDS.has(before)) event = same.event;
    } else if (pointed) {
      counts = previous.counts;
      if (event === null) event = previous.event;
    } else {
      const verb = r.unit === TIMES_UNIT && /ed$/.test(tokens[r.first].lower);
      counts =
        measuredThing(tokens, first, last, floor, end, text, r.currency, verb, r.unit === 'percent') ??
        same?.counts ??
        null;
    }
  }
  // "One in three said", "nearly one in 10 is severely obese": a proportion of the last proportion's whole.
  const verbNext =
    counted.after < end &&
    tokens[counted.after].kind === 'word' &&
    (AUXILIARIES.has(tokens[counted.after].lower) ||
      COMMON_VERBS.has(tokens[counted.after].lower) ||
      /ed$/.test(tokens[counted.after].lower));
  if (
    counts === null &&
    r.unit === PROPORTION_UNIT &&
    verbNext &&
    lastProportion &&
    sentenceIndex - lastProportion.sentenceIndex <= ANTECEDENT_REACH
  ) {
    counts = lastProportion.counts;
  }
  // "A strike killed 12 people, including five children": the part shares the event of the whole;
  // "damaged 20 homes and four garages": so does a count of things joined to the one before by "and"
  // (not "raising the toll to 723, and 1,752 new cases", after a comma, nor a bare "and 50 threatened").
  const joined = before === 'and' && counted.counts !== null && first - 2 >= floor && tokens[first - 2].kind === 'word';
  if (event === null && inSentence && (before === 'including' || before === 'among' || joined))
    event = inSentence.event;
  // "31,000 deaths were recorded", "130 hostages are still held": the noun names the event.
  if (counts !== null && (event === null || !PEOPLE_EVENTS.has(event)) && lastWordOf(counts) in EVENT_NOUNS) {
    event = EVENT_NOUNS[lastWordOf(counts)];
  }
  // "One doctor, who asked not to be named, said", "One fan camped out": "one" is "a" unless something
  // happened to the one counted ("One soldier was killed").
  if (
    r.words &&
    r.value === 1 &&
    !r.range &&
    r.unit === null &&
    r.vague === null &&
    !(event !== null && PEOPLE_EVENTS.has(event))
  )
    return null;
  // A small number in words with nothing counted is a pronoun-like phrase: "the two met".
  if (counts === null && r.unit === null && r.words && r.vague === null && r.value < 10 && !counted.partOfNext)
    return null;
  // A population is not an event's toll: "Gaza's 2.4-million population has fled" is about the majority.
  if (counts !== null && lastWordOf(counts) === 'population' && r.unit === null) event = null;
  // "a magnitude of 5.4": the unit is what it measures, not a thing counted.
  if (r.unit === 'magnitude' && counts !== null && lastWordOf(counts) === 'magnitude') counts = null;

  let { lower, upper } = applyQualifier(qualifier.kind, r.lo, r.hi);
  let value = r.value;
  if (negative) {
    // A fall or a minus: the qualifier bounds the size of the number, the sign turns the interval round.
    [lower, upper] = [upper === null ? null : negate(upper), lower === null ? null : negate(lower)];
    value = negate(value);
  }
  const figure: Figure = {
    text: text.slice(tokens[first].start, tokens[last].end),
    start: tokens[first].start,
    end: tokens[last].end,
    value,
    lower,
    upper,
    qualifier: qualifier.words && r.vague ? `${qualifier.words} ${r.vague}` : (qualifier.words ?? r.vague),
    unit: r.unit,
    counts,
    event,
    sentence,
    source: NO_SOURCE,
  };
  return { figure, partOfNext: counted.partOfNext };
}
