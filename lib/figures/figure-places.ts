// The places a figure's sentence puts it in: "killed 1,739 people in Pakistan", "across Kenya, Rwanda and
// Somalia", "the earthquake that struck southern Turkey and northern Syria". Two figures of one quantity
// in places that share nothing are two quantities (flood deaths in Pakistan are not flood deaths in East
// Africa), and "people displaced in Ukraine" are the "Ukrainians displaced". Read from capitalised words
// after a preposition of place; one pass over the sentence, so linear in its length.

/** Words that introduce a place: "in Gaza", "across Congo", "to Rafah", "struck central Italy". */
const PLACE_LEADS = new Set(['in', 'across', 'throughout', 'within', 'inside', 'into', 'to', 'near', 'struck', 'hit']);

/** Nouns of a territory whose name follows "of": "the province of Alberta", "the state of Kerala". */
const TERRITORY_NOUNS = new Set([
  'province',
  'state',
  'region',
  'city',
  'town',
  'county',
  'district',
  'island',
  'village',
]);

/** Lower-case words that may stand between the lead and the place: "in eastern Libya", "in the Kharkiv region". */
const PLACE_ADJECTIVES = new Set([
  'the',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'neighbouring',
  'neighboring',
  'war-torn',
  'rural',
  'coastal',
]);

/** Capitalised words that are no places: months, days, and the words that open a sentence or a title. */
const NOT_PLACES = new Set([
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
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'the',
  'a',
  'an',
  'all',
  'total',
  'addition',
  'fact',
  'part',
  'general',
  'recent',
  'response',
  'order',
  'time',
  'return',
]);

/** A demonym used as an adjective ("Russian shelling", "Israeli strikes") is no place. */
const ADJECTIVE_ENDING = /(?:ian|ean|can|ese|ish)$/;
const ADJECTIVES_IN_I = new Set([
  'israeli',
  'iraqi',
  'pakistani',
  'saudi',
  'kuwaiti',
  'yemeni',
  'bangladeshi',
  'omani',
  'qatari',
  'emirati',
  'somali',
  'afghani',
  'nepali',
  'thai',
]);

/** Lower-case words after which a place name may end: "in Derna alone", "in Malawi since March". */
const AFTER_PLACE = new Set([
  'and',
  'or',
  'since',
  'on',
  'at',
  'in',
  'for',
  'from',
  'to',
  'with',
  'alone',
  'over',
  'during',
  'after',
  'before',
  'last',
  'this',
  'where',
  'when',
  'which',
  'who',
  'as',
  'by',
  'while',
  'but',
  'until',
  'of',
  'than',
  'said',
  'says',
]);

/** "Russian" in "Russian shelling": a demonym before a lower-case noun. */
function isAdjective(word: string, next: string | undefined): boolean {
  const demonym = ADJECTIVE_ENDING.test(word) || ADJECTIVES_IN_I.has(word.toLowerCase());
  return demonym && next !== undefined && /^\p{Ll}/u.test(next) && !AFTER_PLACE.has(next);
}

function skipAdjectives(words: string[], k: number): number {
  let m = k;
  while (m < words.length && m < k + 3 && PLACE_ADJECTIVES.has(words[m].toLowerCase())) m++;
  return m;
}

/** "Palestinians", "Gazans": peoples whose places are not named after them. */
const PEOPLE_PLACES: ReadonlyMap<string, readonly string[]> = new Map([
  ['palestinians', ['gaza', 'west bank', 'palestine', 'rafah', 'khan younis', 'jabalia', 'gaza strip']],
  ['gazans', ['gaza', 'rafah', 'khan younis', 'jabalia', 'gaza strip']],
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()"“”]/gu;

/** Nouns of the people of a place: "Gaza's population", "the country's 49 million people". */
const PEOPLE_NOUNS = new Set(['population', 'people', 'residents', 'inhabitants', 'citizens']);

export interface PlaceMention {
  /** Lower-cased: "north kivu". */
  place: string;
  /** Where the mention starts in the sentence (UTF-16 offset). */
  at: number;
}

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The places named in `sentence`, lower-cased, in order, each once. */
export function placesIn(sentence: string): string[] {
  return [...new Set(placeMentions(sentence).map((m) => m.place))];
}

/** Every mention of a place in `sentence`, with where it stands. */
export function placeMentions(sentence: string): PlaceMention[] {
  const words: string[] = [];
  const offsets: number[] = [];
  for (const m of sentence.matchAll(WORD)) {
    words.push(m[0]);
    offsets.push(m.index ?? 0);
  }
  const places: PlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const lead = words[i].toLowerCase();
    // "Gaza's population", "Sudan's people": the place of a people.
    if (/^\p{Lu}.*['’]s$/u.test(words[i]) && i + 1 < words.length && PEOPLE_NOUNS.has(words[i + 1].toLowerCase())) {
      places.push({ place: words[i].slice(0, -2).toLowerCase(), at: offsets[i] });
      continue;
    }
    const territory = lead === 'of' && i > 0 && TERRITORY_NOUNS.has(words[i - 1].toLowerCase());
    if (!PLACE_LEADS.has(lead) && !territory) continue;
    // "according to the United States Geological Survey" names a source, not a place.
    if (lead === 'to' && i > 0 && words[i - 1].toLowerCase() === 'according') continue;
    let k = skipAdjectives(words, i + 1);
    // A list of places: "in Kenya, Rwanda and Somalia".
    for (;;) {
      const name: string[] = [];
      const at = offsets[Math.min(k, offsets.length - 1)];
      while (k < words.length && capitalised(words[k]) && !NOT_PLACES.has(words[k].toLowerCase()) && name.length < 4) {
        name.push(words[k].replace(/['’]s?$|\.$/, ''));
        k++;
      }
      const next = words[k];
      const adjective = name.length === 1 && isAdjective(name[0], next);
      if (name.length === 0 || adjective) break;
      places.push({ place: name.join(' ').toLowerCase(), at });
      // "in Kenya, Rwanda and Somalia", "southern Turkey and northern Syria".
      if (next !== ',' && next !== 'and') break;
      const after = skipAdjectives(words, words[k + 1] === 'and' ? k + 2 : k + 1);
      if (after >= words.length || !capitalised(words[after])) break;
      k = after;
    }
    i = Math.max(i, k - 1);
  }
  return places;
}

/** Whether `place` is where the people named `demonym` ("Ukrainians", "Sudanese") live. */
export function placeOfPeople(demonym: string, place: string): boolean {
  const people = demonym.toLowerCase();
  const known = PEOPLE_PLACES.get(people);
  if (known !== undefined) return known.includes(place);
  // "Ukrainians" and "Ukraine", "Syrians" and "Syria", "Sudanese" and "Sudan", "Afghans" and "Afghanistan".
  for (const ending of ['ians', 'ans', 'ns', 'ese', 'is', 's']) {
    if (!people.endsWith(ending)) continue;
    const stem = people.slice(0, -ending.length);
    if (stem.length >= 4 && place.startsWith(stem)) return true;
  }
  return false;
}
