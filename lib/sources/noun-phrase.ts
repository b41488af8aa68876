// The noun phrase beside a reporting cue, and what it names: a pronoun, a person ("Prime Minister
// Benjamin Netanyahu"), a body ("the Israeli military", "Hamas"), an outlet ("the Press TV website"),
// or a description to resolve ("the Iranian analyst"). Phrases are short by construction: every scan
// here stops after a few tokens, so the cost per cue is constant whatever the text.
import type { OutletProfile, SourceKind } from '../types';
import type { Token } from './attribution-tokens';
import {
  DETERMINERS,
  GOVERNMENT_HEADS,
  GOVERNMENT_PLACES,
  KNOWN_BODIES,
  MILITARY_HEADS,
  NAME_PARTICLES,
  NOT_PERSON,
  NP_BOUNDARY,
  ORGANIZATION_HEADS,
  OUTLET_HEADS,
  PERSON_HEADS,
  PRONOUNS,
  SENTENCE_OPENERS,
  TITLES,
} from './attribution-lexicon';
import { findOutlet, mayNameOutlet } from './outlets';
import { isCountry } from '../text/gazetteer';

/** The longest noun phrase this module reads, in tokens. */
export const MAX_PHRASE = 10;
const MAX_KNOWN_BODY = 4;

export type Mention =
  | { type: 'pronoun'; word: string }
  | { type: 'person'; name: string; parts: number; titles: string | null }
  | {
      type: 'body';
      kind: SourceKind;
      name: string;
      named: boolean;
      head: string;
      text: string;
      /** Named by what is all we know of it (an acronym, a company's name): no later description stands for it. */
      bare?: true;
    }
  | { type: 'outlet'; name: string; profile: OutletProfile | null; named: boolean; text: string }
  | { type: 'description'; head: string; definite: boolean; plural: boolean; text: string };

/** A half-open range of token indexes. */
export interface Range {
  start: number;
  end: number;
}

/** Written all in capitals, at least two characters: "UN", "IDF", "U.S.". */
function isAcronym(t: Token): boolean {
  const s = t.text;
  if (s.length < 2) return false;
  // Plain ASCII is answered without building the upper-case copy: most words fail at their first
  // or second letter.
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase() && /\p{Lu}/u.test(s);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** Whether a word holds a digit of any script. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128) return /\p{N}/u.test(s);
  }
  return false;
}

/** "gen." as "gen": a title written with its point. */
function withoutPoint(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Whether a token can stand inside a noun phrase. */
function phraseWord(t: Token): boolean {
  if (t.type !== 'word' || t.quoted) return false;
  return !NP_BOUNDARY.has(t.lower) || isAcronym(t);
}

const BODY_HEADS = new Set([...GOVERNMENT_HEADS, ...MILITARY_HEADS, ...ORGANIZATION_HEADS]);

/** Whether tokens [start, end) are a capitalized name, such as the place after "the ministry in". */
function placeName(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!tokens[k]!.cap || tokens[k]!.type !== 'word') return false;
  return end - start <= 3;
}

/** Common nouns of a place a speaker is in: "officials in the capital said". */
const PLACE_NOUNS = new Set([
  'capital',
  'state',
  'district',
  'county',
  'city',
  'town',
  'village',
  'region',
  'province',
  'area',
  'country',
  'north',
  'south',
  'east',
  'west',
]);

/**
 * Whether tokens [a, b) are a place named by a common noun: "the capital", "the central province of
 * Negros Occidental", "the northern city of Goma".
 */
function placePhrase(tokens: Token[], a: number, b: number): boolean {
  if (tokens[a]?.lower !== 'the') return false;
  let q = a + 1;
  while (q < b && !PLACE_NOUNS.has(tokens[q]!.lower)) {
    if (tokens[q]!.cap || tokens[q]!.type !== 'word' || q > a + 3) return false;
    q++;
  }
  if (q >= b) return false;
  if (q + 1 === b) return true;
  if (tokens[q + 1]!.lower !== 'of' || q + 2 >= b) return false;
  for (let k = q + 2; k < b; k++) if (!tokens[k]!.cap || tokens[k]!.type !== 'word') return false;
  return true;
}

/** A head noun of a person or a body, singular or plural: "officials", "police", "the ministry". */
function speakerHead(word: string): boolean {
  return BODY_HEADS.has(word) || PERSON_HEADS.has(word) || (word.endsWith('s') && PERSON_HEADS.has(word.slice(0, -1)));
}

/** The noun phrase ending just before token `end` (a subject before its verb). */
export function phraseBefore(tokens: Token[], end: number, floor: number): Range | null {
  // "officials in the capital said", "a disaster official in the central province of Negros Occidental
  // told": the speaker, not the place.
  for (let p = end - 3; p - 1 >= floor && p >= end - 9; p--) {
    const w = tokens[p]!.lower;
    if ((w === 'in' || w === 'of') && speakerHead(tokens[p - 1]!.lower) && placePhrase(tokens, p + 1, end)) {
      end = p;
      break;
    }
  }
  let i = end;
  while (i > floor && end - i < MAX_PHRASE) {
    const t = tokens[i - 1]!;
    // "the health ministry in Gaza says", "a senior diplomat in Myanmar said": a body or a person placed
    // by "in"/"of" a named place is the speaker.
    if (
      (t.lower === 'in' || t.lower === 'of') &&
      i < end &&
      i - 1 > floor &&
      speakerHead(tokens[i - 2]!.lower) &&
      // A capital makes it one name: "the Bank of England", "the Bureau of Labor Statistics"; not the
      // capital of a sentence's first word, "Authorities in Kinshasa", "Police in Lagos".
      !(tokens[i - 2]!.cap && !(i - 2 === floor && /s$|^police$/.test(tokens[i - 2]!.lower))) &&
      placeName(tokens, i, end)
    ) {
      end = i - 1;
      i = end;
      continue;
    }
    if (DETERMINERS.has(t.lower) && !isAcronym(t)) {
      // "Save the Children", "Friends of the Earth": a known name with "the" inside.
      for (let n = 2; n <= 3 && i - n >= floor; n++)
        if (Object.hasOwn(KNOWN_BODIES, joinWords(tokens, i - n, end).toLowerCase())) return { start: i - n, end };
      i--;
      // "the head of the agency": the role before "of the" is the phrase's head.
      const of = tokens[i - 1];
      if (of && (of.lower === 'of' || of.lower === 'for') && !of.quoted && ROLE_HEADS.has(tokens[i - 2]?.lower ?? '')) {
        i--;
        continue;
      }
      break;
    }
    // "of" and "for" stay inside a name ("Ministry of Health", "Office for National Statistics") but
    // not between a common noun and a name; so does "and" in an institution's name ("Department of
    // Forestry and Fire Protection"), not between two people's.
    if (
      (t.lower === 'of' ||
        t.lower === 'for' ||
        (t.lower === 'and' && (institutionBefore(tokens, i - 1, floor) || institutionIn(tokens, i, end)))) &&
      !t.quoted &&
      tokens[i - 2]?.cap &&
      tokens[i]?.cap &&
      i < end
    ) {
      i--;
      continue;
    }
    // "the U.N. high commissioner for human rights", "the secretary of state": a role's remit stays
    // with the role.
    if ((t.lower === 'of' || t.lower === 'for') && !t.quoted && i < end && ROLE_HEADS.has(tokens[i - 2]?.lower ?? '')) {
      i--;
      continue;
    }
    if (!phraseWord(t)) break;
    if (t.lower === 'of' && !(tokens[i - 2]?.cap && tokens[i]?.cap)) break;
    i--;
  }
  return i < end ? { start: i, end } : null;
}

/** Reports cited without an author: "Reports say", "Estimates suggest". */
const REPORT_HEADS = new Set(['report', 'estimate', 'study', 'survey', 'figure']);

/** Common words that open a phrase naming unnamed people: "Local officials", "Senior aides". */
const COMMON_GROUP_WORDS = new Set(
  `local senior top federal state government military health security police hospital rescue aid rights
  humanitarian some many several other former current western foreign regional provincial city county
  election electoral medical legal company industry party campaign court prison border`.split(/\s+/),
);

/** Whether the capitalized words before token `at` (with "of" and "for") hold an institution's word: "Department of Forestry". */
function institutionBefore(tokens: Token[], at: number, floor: number): boolean {
  for (let k = at - 1; k >= floor && k >= at - 6; k--) {
    const t = tokens[k]!;
    if (INSTITUTION_WORDS.has(t.lower)) return true;
    if (!t.cap && t.lower !== 'of' && t.lower !== 'for') return false;
  }
  return false;
}

/** Whether tokens [start, end) hold an institution's word: "Agriculture Organization". */
function institutionIn(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (INSTITUTION_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Where a phrase's head ends: before the remit of a role ("commissioner" in "commissioner for human rights"). */
function roleEnd(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    const w = tokens[k]!.lower;
    if ((w === 'for' || w === 'of') && ROLE_HEADS.has(tokens[k - 1]!.lower)) return k;
  }
  return end;
}

/** Roles whose remit follows them after "for" or "of": "commissioner for human rights". */
const ROLE_HEADS = new Set([
  'commissioner',
  'minister',
  'secretary',
  'envoy',
  'rapporteur',
  'coordinator',
  'representative',
  'undersecretary',
  'under-secretary',
  'director',
  'chief',
  'head',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/** The noun phrase starting at token `start` (an inverted subject, the object of "according to"). */
export function phraseAfter(tokens: Token[], start: number, ceil: number): Range | null {
  let j = start;
  if (j < ceil && DETERMINERS.has(tokens[j]!.lower) && tokens[j]!.type === 'word' && !tokens[j]!.quoted) j++;
  while (j < ceil && j - start < MAX_PHRASE) {
    const t = tokens[j]!;
    // "Bank of England", "Customs and Border Protection": "of" and "and" inside a name.
    const inName =
      (t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.text === '&') &&
      tokens[j - 1]?.cap &&
      tokens[j + 1]?.cap &&
      !t.quoted;
    if (!phraseWord(t) && !inName) break;
    j++;
  }
  return j > start && !(j === start + 1 && DETERMINERS.has(tokens[start]!.lower)) ? { start, end: j } : null;
}

function joinWords(tokens: Token[], start: number, end: number): string {
  if (start >= end) return '';
  let out = tokens[start]!.text;
  for (let i = start + 1; i < end; i++) out += ' ' + tokens[i]!.text;
  return out;
}

/** The words of a range as written, possessives and all, with a lower-case determiner. */
export function phraseText(text: string, tokens: Token[], range: Range): string {
  const written = text.slice(tokens[range.start]!.start, tokens[range.end - 1]!.end);
  const first = tokens[range.start]!;
  return DETERMINERS.has(first.lower) ? first.lower + written.slice(first.text.length) : written;
}

/** A number written in words, which opens no one's name: "Twenty-nine", "Three", "Hundreds". */
const NUMBER_NAME =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozens|millions)(?:-\w+)?$/i;

/** Days and months, which begin no body's name: "on Thursday and Saturday", "in January and February". */
const CALENDAR_WORDS = new Set(
  `january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday`.split(/\s+/),
);

/** What ends a company's legal name: "Boeing Co", "Walmart Inc.". */
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'nv']);

/** Words for a company before its name: "data firm Zillow", "the retailer Target". */
const COMPANY_WORDS = new Set(
  `firm company group giant maker retailer chain carrier airline lender insurer operator startup developer producer
  exporter supplier manufacturer platform conglomerate automaker carmaker miner brokerage consultancy bank`.split(
    /\s+/,
  ),
);

/** Last words of the known bodies: most phrases end otherwise, and are spared the lookups. */
const KNOWN_BODY_LAST_WORDS = new Set(Object.keys(KNOWN_BODIES).map((k) => k.split(' ').pop()!));

function knownBodyEndingAt(tokens: Token[], start: number, end: number): { kind: SourceKind; name: string } | null {
  if (!KNOWN_BODY_LAST_WORDS.has(tokens[end - 1]!.lower)) return null;
  for (let n = Math.min(MAX_KNOWN_BODY, end - start); n >= 1; n--) {
    const key = joinWords(tokens, end - n, end).toLowerCase();
    const kind = Object.hasOwn(KNOWN_BODIES, key) ? KNOWN_BODIES[key] : undefined;
    // Acronyms must be written as such: "WHO said", not "who said".
    if (kind && (n > 1 || tokens[end - 1]!.cap)) return { kind, name: joinWords(tokens, end - n, end) };
  }
  return null;
}

function outletIn(profiles: OutletProfile[], tokens: Token[], start: number, end: number): OutletProfile | null {
  // Outlets are proper names: only phrases that begin with a capital qualify ("the Press TV website").
  if (!tokens[start]!.cap || !mayNameOutlet(profiles, tokens[start]!.lower)) return null;
  for (let e = end; e > start; e--) {
    const profile = findOutlet(profiles, { name: joinWords(tokens, start, e) });
    if (profile) return profile;
  }
  return null;
}

/** The singular of a body's plural head: "committees", "agencies", "groups"; the word itself otherwise. */
function singularHead(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && ORGANIZATION_HEADS.has(word.slice(0, -1))) return word.slice(0, -1);
  return word;
}

function bodyKind(tokens: Token[], start: number, end: number): SourceKind | null {
  // "the Local Coordination Committees": a body named in the plural is a body too ("aid groups", named by
  // no capital, stay a group of people, which no body named before stands for).
  const written = tokens[end - 1]!.lower;
  const plural = singularHead(written);
  const head =
    end - 1 > start &&
    tokens[end - 1]!.cap &&
    tokens[end - 2]!.cap &&
    ORGANIZATION_HEADS.has(plural) &&
    !ORGANIZATION_HEADS.has(written)
      ? plural
      : written;
  const beforeHead = end - 2 >= start ? tokens[end - 2]!.lower : '';
  if (head === 'community' && beforeHead === 'intelligence') return 'government';
  const isBodyHead =
    MILITARY_HEADS.has(head) || GOVERNMENT_HEADS.has(head) || ORGANIZATION_HEADS.has(head) || OUTLET_HEADS.has(head);
  if (!isBodyHead) return null;
  for (let i = start; i < end; i++) if (MILITARY_HEADS.has(tokens[i]!.lower)) return 'military';
  if (GOVERNMENT_HEADS.has(head)) return 'government';
  // "news agency" is an outlet; a "UN agency" is an organization.
  if (OUTLET_HEADS.has(head) || (head === 'agency' && beforeHead === 'news')) return 'outlet';
  return 'organization';
}

/** A person's name at the end of the phrase, its leading titles kept apart ("President" of "President Joe Biden"). */
function personAt(tokens: Token[], start: number, end: number): Mention | null {
  let s = end;
  while (s > start) {
    const t = tokens[s - 1]!;
    const particle = NAME_PARTICLES.has(t.lower) && s < end && s - 1 > start && tokens[s - 2]!.cap;
    if (!(t.cap || particle) || (t.possessive && s !== end)) break;
    s--;
  }
  // "the cabinet of Netanyahu" names the cabinet, not Netanyahu.
  if (s === end || tokens[s - 1]?.lower === 'of') return null;
  let nameStart = s;
  while (
    nameStart < end &&
    (TITLES.has(withoutPoint(tokens[nameStart]!.lower)) || NOT_PERSON.has(tokens[nameStart]!.lower))
  )
    nameStart++;
  if (nameStart === end) return null;
  // "the Director of WFP's Food Security and Nutrition Analysis Service Jean-Martin Bauer", "Emergency
  // Management Commissioner Craig Lapsley": a title or a body's head inside the run ends what comes
  // before the name, when a name of two words or more follows it.
  const roleWord = (w: string) =>
    TITLES.has(w) ||
    PERSON_HEADS.has(w) ||
    GOVERNMENT_HEADS.has(w) ||
    ORGANIZATION_HEADS.has(w) ||
    MILITARY_HEADS.has(w);
  for (let i = end - 3; i >= nameStart; i--) {
    if (roleWord(withoutPoint(tokens[i]!.lower))) {
      // Only when what follows is a name: "Health Promotion Officer" is a role throughout.
      let name = true;
      for (let k = i + 1; k < end; k++) if (roleWord(withoutPoint(tokens[k]!.lower))) name = false;
      if (name) nameStart = i + 1;
      break;
    }
  }
  for (let i = nameStart; i < end; i++) {
    const t = tokens[i]!;
    if (NOT_PERSON.has(t.lower) || isAcronym(t) || hasDigit(t.text)) return null;
  }
  if (nameStart === s && s === start && SENTENCE_OPENERS.has(tokens[s]!.lower)) return null;
  // "Twenty-nine states … had": a number is no one's name.
  if (NUMBER_NAME.test(tokens[nameStart]!.text)) return null;
  const titles = nameStart > s ? joinWords(tokens, s, nameStart) : null;
  return { type: 'person', name: joinWords(tokens, nameStart, end), parts: end - nameStart, titles };
}

/** What the phrase in `range` names, or null when it names no one who could be cited. */
export function readMention(
  text: string,
  tokens: Token[],
  range: Range,
  profiles: OutletProfile[],
  isCompany: (word: string) => boolean = () => false,
): Mention | null {
  let { start } = range;
  const { end } = range;
  const first = tokens[start]!;
  const determiner = DETERMINERS.has(first.lower) && !isAcronym(first) ? first.lower : null;
  if (determiner) start++;
  // "the country's Central Election Commission": a common noun's possessive before a name is not in it.
  if (start + 1 < end && tokens[start]!.possessive && !tokens[start]!.cap && tokens[start + 1]!.cap) start++;
  if (start >= end) return null;
  if (end - start === 1 && !determiner && Object.hasOwn(PRONOUNS, tokens[start]!.lower))
    return { type: 'pronoun', word: tokens[start]!.lower };
  // "His regime", "their leaders": owned by someone the phrase does not name.
  // ("its governor said", "their spokesman said": a role of the body or place named before, is a source.)
  const ownRole =
    (determiner === 'its' || determiner === 'their') && PERSON_HEADS.has(tokens[end - 1]!.lower) && end - start <= 2;
  if (
    determiner &&
    determiner !== 'the' &&
    determiner !== 'a' &&
    determiner !== 'an' &&
    determiner !== 'this' &&
    !ownRole
  )
    return null;
  const profile = outletIn(profiles, tokens, start, end);
  if (profile)
    return { type: 'outlet', name: profile.names[0]!, profile, named: true, text: phraseText(text, tokens, range) };
  const known = knownBodyEndingAt(tokens, start, end);
  if (known)
    return {
      type: 'body',
      kind: known.kind,
      name: known.name,
      named: true,
      head: known.name.toLowerCase(),
      text: phraseText(text, tokens, range),
    };
  const kind = bodyKind(tokens, start, end);
  const head = tokens[roleEnd(tokens, start, end) - 1]!.lower;
  if (kind) {
    // "the Israeli military" is a body by name; "the Qatari-based news outlet" and "the resistance
    // movement" only describe one named before, so they are resolved, not created.
    let hasCap = false;
    let hasProper = false;
    for (let i = start; i < end; i++) {
      const t = tokens[i]!;
      if (!t.cap || SENTENCE_OPENERS.has(t.lower)) continue;
      hasCap = true;
      if (!NOT_PERSON.has(t.lower) && !/-based$/i.test(t.text)) hasProper = true;
    }
    // "a local aid group said": one not named before, a source of its own.
    const named =
      determiner === 'a' || determiner === 'an' || (kind === 'military' || kind === 'government' ? hasCap : hasProper);
    const name = joinWords(tokens, start, end);
    const written = phraseText(text, tokens, range);
    if (kind === 'outlet') return { type: 'outlet', name, profile: null, named, text: written };
    return { type: 'body', kind, name, named, head, text: written };
  }
  if (PERSON_HEADS.has(head) && determiner) {
    return {
      type: 'description',
      head,
      definite: determiner === 'the' || determiner === 'this',
      plural: false,
      text: phraseText(text, tokens, range),
    };
  }
  // "Officials say", "Israeli officials said": unnamed people, never a name.
  // "witnesses": a plural in "-es" whose singular ends in "e" or not.
  const bare = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.endsWith('s') ? head.slice(0, -1) : head;
  const singular =
    !PERSON_HEADS.has(bare) && head.endsWith('es') && PERSON_HEADS.has(head.slice(0, -2)) ? head.slice(0, -2) : bare;
  if (
    singular !== head &&
    (PERSON_HEADS.has(singular) ||
      singular === 'authority' ||
      ORGANIZATION_HEADS.has(singular) ||
      (REPORT_HEADS.has(singular) && end - start === 1)) &&
    (determiner === null || determiner === 'the')
  ) {
    const written = phraseText(text, tokens, range);
    // "Officials say", "Local officials said": a sentence's capital is dropped; "Israeli officials" and
    // "U.S. officials" keep theirs.
    const opening = tokens[start]!.lower;
    const common = start === end - 1 || COMMON_GROUP_WORDS.has(opening) || DETERMINERS.has(opening);
    return {
      type: 'description',
      head: singular,
      definite: false,
      plural: true,
      text: common ? written[0]!.toLowerCase() + written.slice(1) : written,
    };
  }
  // "India reported", "South Africa said": a country speaking is its government.
  if (
    end - start <= 3 &&
    tokens[start]!.cap &&
    (GOVERNMENT_PLACES.has(joinWords(tokens, start, end).toLowerCase()) ||
      isCountry(joinWords(tokens, start, end).toLowerCase()))
  ) {
    const name = joinWords(tokens, start, end);
    return {
      type: 'body',
      kind: 'government',
      name,
      named: true,
      head: name.toLowerCase(),
      text: phraseText(text, tokens, range),
    };
  }
  // "the Office for National Statistics", "the United Arab Emirates", "the Palestinian Prisoners' Society":
  // a name of capitals holding a word of an institution or a place is a body, named whole.
  if (end - start >= 2 && tokens[start]!.cap && tokens[end - 1]!.cap) {
    let institution = false;
    let allCaps = true;
    for (let i = start; i < end; i++) {
      const t = tokens[i]!;
      if (!t.cap && t.lower !== 'of' && t.lower !== 'for' && t.lower !== 'and') allCaps = false;
      // "Customs and Border Protection": people are not named with "and" between capitals.
      if (
        INSTITUTION_WORDS.has(t.lower) ||
        (i === start && NOT_PERSON.has(t.lower) && !TITLES.has(t.lower)) ||
        (t.lower === 'and' && i > start && i < end - 1)
      )
        institution = true;
    }
    let calendar = true;
    for (let i = start; i < end; i++)
      if (tokens[i]!.lower !== 'and' && !CALENDAR_WORDS.has(tokens[i]!.lower)) calendar = false;
    if (allCaps && institution && !calendar) {
      const name = joinWords(tokens, start, end);
      return {
        type: 'body',
        kind: 'organization',
        name,
        named: true,
        head: name.toLowerCase(),
        text: phraseText(text, tokens, range),
      };
    }
  }
  // "data firm Zillow said", "the carmaker Stellantis said": a name after a word for a company is one.
  let named = end;
  while (named > start && tokens[named - 1]!.cap && !tokens[named - 1]!.possessive) named--;
  if (
    named > start &&
    named < end &&
    COMPANY_WORDS.has(tokens[named - 1]!.lower) &&
    !TITLES.has(withoutPoint(tokens[named]!.lower))
  ) {
    const name = joinWords(tokens, named, end);
    return { type: 'body', kind: 'organization', name, named: true, head: name.toLowerCase(), text: name, bare: true };
  }
  // "Boeing Co said", "Walmart Inc. said": a company, known by its name without the suffix, as the text
  // goes on to call it ("Boeing said").
  const last = withoutPoint(tokens[end - 1]!.lower);
  if (end - start >= 2 && COMPANY_SUFFIXES.has(last) && tokens[end - 1]!.cap && tokens[end - 2]!.cap) {
    const name = joinWords(tokens, start, end - 1).replace(/,$/, '');
    return { type: 'body', kind: 'organization', name, named: true, head: name.toLowerCase(), text: name, bare: true };
  }
  // "Nvidia said its sales…": a word the text shows to be a company's name (company-names.ts).
  if (end - start === 1 && !determiner && isCompany(tokens[start]!.lower)) {
    const name = tokens[start]!.text.replace(/['’´]s$/, '');
    return { type: 'body', kind: 'organization', name, named: true, head: name.toLowerCase(), text: name, bare: true };
  }
  // "AT&T said", "IOM said": an acronym no list knows is a body, never a person (but not "EG.5.1", a name
  // of a thing glued to its number).
  const only = tokens[start]!;
  if (
    end - start === 1 &&
    !determiner &&
    isAcronym(only) &&
    only.text.length >= 3 &&
    only.text.length <= 6 &&
    !/^[.-]\d/.test(text.slice(only.end, only.end + 2))
  ) {
    return {
      type: 'body',
      kind: 'organization',
      name: only.text,
      named: true,
      head: only.lower,
      text: only.text,
      bare: true,
    };
  }
  return personAt(tokens, start, end);
}

/** Words that make a run of capitals an institution: "Office", "Society", "Staff", "Emirates". */
const INSTITUTION_WORDS = new Set([
  'office',
  'society',
  'staff',
  'organization',
  'organisation',
  'centers',
  'centre',
  'center',
  'commission',
  'board',
  'bank',
  'institute',
  'mission',
  'service',
  'bureau',
  'agency',
  'council',
  'committee',
  'association',
  'federation',
  'union',
  'ministry',
  'department',
  'authority',
  'survey',
  'statistics',
  'emirates',
  'kingdom',
  'republic',
  'program',
  'programme',
  'fund',
  'foundation',
  'coalition',
  'forces',
  'command',
  'court',
  'observatory',
  'university',
]);
