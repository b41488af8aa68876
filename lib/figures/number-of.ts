// A count named by "the number of X" before its figure: "the number of bodies recovered at 3,958",
// "The number of Americans aged 65 and older rose to 58 million", and, with only an event after it,
// "the number forced from their homes has topped 7 million" (people displaced). The walk back is
// bounded and stays in the figure's sentence.
import { readNounPhrase } from './counted-phrase';
import { eventAfter } from './events';
import { DETERMINERS } from './function-words';
import { LEVEL_VERBS } from './measured-thing';
import type { Token } from './tokens';
import { lookupTable } from '../text/lookup-table';

/** How far back from the figure "number" may stand. */
const REACH = 16;

/** Words naming a count of things: "the number of", "the tally of". */
const COUNT_NOUNS = new Set(['number', 'tally']);

/** Words that may link the count to its figure: "rose to 58 million", "at 3,958", "was 13,434,574". */
const LINKS = new Set(['to', 'at', 'of']);

/** Events of people: "the number killed" counts people. */
const PEOPLE_EVENTS = new Set([
  'killed',
  'wounded',
  'arrested',
  'displaced',
  'taken captive',
  'released',
  'missing',
  'evacuated',
  'rescued',
]);

/** Adjectives that stand for the people they describe after "the number of": "the number of dead". */
const STATES: Readonly<Record<string, string>> = lookupTable({
  dead: 'killed',
  missing: 'missing',
  injured: 'wounded',
  wounded: 'wounded',
  homeless: 'displaced',
  displaced: 'displaced',
  detained: 'arrested',
});

/** Words that may follow such an adjective before the figure: "the number of dead has risen to", "… of dead at". */
const LINK_WORDS = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'rose',
  'risen',
  'stood',
  'stands',
  'reached',
  'at',
  'to',
  'now',
  'climbed',
]);

export function numberOfSubject(
  tokens: Token[],
  first: number,
  floor: number,
  source: string,
): { counts: string; event: string | null } | null {
  const link = first - 1 >= floor ? tokens[first - 1].lower : '';
  if (!LINKS.has(link) && !LEVEL_VERBS.has(link)) return null;
  for (let k = first - 1; k >= floor && k >= first - REACH; k--) {
    const t = tokens[k];
    if (
      !COUNT_NOUNS.has(t.lower) ||
      k - 1 < floor ||
      (!DETERMINERS.has(tokens[k - 1].lower) && tokens[k - 1].lower !== 'total')
    )
      continue;
    if (tokens[k + 1]?.lower === 'of') {
      let m = k + 2;
      while (m < first && DETERMINERS.has(tokens[m].lower)) m++;
      // "the number of dead", "the number of missing": people, by what happened to them.
      const state = m < first ? STATES[tokens[m].lower] : undefined;
      if (state && (m + 1 >= first || tokens[m + 1].kind !== 'word' || LINK_WORDS.has(tokens[m + 1].lower)))
        return { counts: 'people', event: state };
      const np = readNounPhrase(tokens, m, first, source);
      if (np === null) return null;
      return { counts: np.text, event: np.event ?? eventAfter(tokens, np.last + 1, first) };
    }
    const event = eventAfter(tokens, k + 1, first);
    return event !== null && PEOPLE_EVENTS.has(event) ? { counts: 'people', event } : null;
  }
  return null;
}
