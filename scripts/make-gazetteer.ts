// Writes lib/text/gazetteer-table.ts: the world's cities of MIN_POPULATION people or more (and its
// capitals) with the first-level region (state, province, prefecture) and the country each lies in,
// for the matcher to know that a text naming "Baltimore" speaks of Maryland.
// Run: npx tsx scripts/make-gazetteer.ts
//
// Sources (both devDependencies, read here only; nothing of them ships but the table written):
// - city-timezones 1.3.4 (MIT licence): 7,329 populated places with their population, country and
//   first-level region; the places are Natural Earth's populated places (public domain).
// - countries-list 3.4.1 (MIT licence): the countries' English names, other names and capitals.
//
// A name found in two countries goes to the one with ten times the people, or is left out; a name
// that is a country's, or a common word, or a region's that is also a city's ("New York"), is left out. A city whose region is unknown or left out, and
// a region with no city kept, are left out: the matcher reads a city for its region only.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countries } from 'countries-list';
import { normalizeWord } from '../lib/text/tokenize';
import { ANY_LANGUAGE, isStopword } from '../lib/text/stopwords';

/** Fewest people a city needs to be kept (capitals are kept whatever their size). */
const MIN_POPULATION = 100_000;
/** How many times more people a name's first country needs than its second to keep it. */
const DOMINANT = 10;

interface Place {
  city: string;
  pop: number;
  country: string;
  iso2: string;
  province: string;
}

const require = createRequire(import.meta.url);
const places = require('city-timezones/data/cityMap.json') as Place[];

/** A name as the matcher's names are keyed: each word folded (lib/text/names.ts), one space between. */
export function placeKey(name: string): string {
  return name
    .split(/[^\p{L}\p{M}\p{N}'’-]+/u)
    .filter(Boolean)
    .map((w) => normalizeWord(w))
    .join(' ');
}

// Countries: the index of each is its line in the table; its names are the keys that name it.
const codes = Object.keys(countries).sort() as Array<keyof typeof countries>;
const countryIndex = new Map<string, number>(codes.map((code, i) => [code, i]));
const countryNames: string[][] = codes.map((code) => {
  const c = countries[code];
  // Abbreviations ("US", "UK") are left out: as names they also stand for other things.
  const names = [c.name, ...(c.alias ?? [])].filter((n) => !/^[A-Z.]+$/.test(n));
  return [...new Set(names.map(placeKey))];
});
// The place table's own name for a country, when only that country goes by it ("Turkey", "Czech Republic").
const tableNames = new Map<string, Set<string>>();
for (const p of places)
  if (countryIndex.has(p.iso2))
    (tableNames.get(p.country) ?? tableNames.set(p.country, new Set()).get(p.country)!).add(p.iso2);
for (const [name, isos] of tableNames) {
  if (isos.size !== 1) continue;
  const i = countryIndex.get([...isos][0])!;
  const key = placeKey(name);
  if (!countryNames[i].includes(key)) countryNames[i].push(key);
}
const anyCountry = new Set(countryNames.flat());

const capitals = new Map<string, Set<string>>();
for (const code of codes) {
  const capital = countries[code].capital;
  if (capital) for (const name of capital.split(/,\s*/)) capitals.set(placeKey(name), new Set([code]));
}

/** The people of each candidate name in each country, and the region it lies in there. */
interface Candidate {
  people: Map<string, number>;
  /** Per country: the region a city lies in ('' for a region itself); null when two. */
  region: Map<string, string | null>;
}
const candidates = new Map<string, Candidate>();
function addCandidate(key: string, iso2: string, people: number, region: string): void {
  let c = candidates.get(key);
  if (!c) candidates.set(key, (c = { people: new Map(), region: new Map() }));
  c.people.set(iso2, (c.people.get(iso2) ?? 0) + people);
  const known = c.region.get(iso2);
  if (known === undefined) c.region.set(iso2, region);
  else if (known !== region) c.region.set(iso2, region === '' || known === '' ? '' : null);
}
// A region named like a city anywhere ("New York", "Kyiv", "Washington" as the state) is left out:
// a text naming it most likely means the city, which is no evidence of the region's other cities.
const cityNames = new Set(places.map((p) => placeKey(p.city.split(',')[0])));
/**
 * Places whose names are common English words or people's names more often than places: cities of
 * 100,000 people or more ("Nice", "Reading") and regions ("Delta", "Rivers", "Miranda", "Hidalgo").
 */
const COMMON_WORDS = new Set(
  `nice reading split mobile bath independence orange victoria delta plateau rivers coast bay maritime
  littoral litoral oriental orientale midlands meta centar cesar cortes guerrero hidalgo miranda vargas
  lara falcon lenin bender mara`.split(/\s+/),
);
for (const p of places) {
  if (!countryIndex.has(p.iso2)) continue;
  const region = p.province ? placeKey(p.province) : '';
  if (region) addCandidate(region, p.iso2, p.pop, '');
  const city = placeKey(p.city);
  if (p.pop >= MIN_POPULATION || capitals.get(city)?.has(p.iso2)) addCandidate(city, p.iso2, p.pop, region);
}

/** Each name kept, with the country it is taken to lie in. */
const resolved = new Map<string, string>();
for (const [key, c] of candidates) {
  if (key.length < 3 || anyCountry.has(key) || /[|;:,]/.test(key)) continue;
  if ((!key.includes(' ') && isStopword(key, ANY_LANGUAGE)) || COMMON_WORDS.has(key)) continue;
  if ([...c.region.values()].includes('') && cityNames.has(key)) continue;
  const ranked = [...c.people].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0][1] < DOMINANT * ranked[1][1]) continue;
  resolved.set(key, ranked[0][0]);
}

/** Per country, its regions with their cities. */
const byCountry = codes.map(() => new Map<string, string[]>());
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
for (const key of [...resolved.keys()].sort(byName)) {
  const iso2 = resolved.get(key)!;
  const regions = byCountry[countryIndex.get(iso2)!];
  const region = candidates.get(key)!.region.get(iso2);
  if (region === '') {
    if (!regions.has(key)) regions.set(key, []);
    continue;
  }
  // A city whose region was left out, or is not known for sure, is listed under its country alone.
  // A city whose region was left out, or is not known for sure, is left out: the matcher reads a
  // city only for its region.
  if (!region || resolved.get(region) !== iso2) continue;
  (regions.get(region) ?? regions.set(region, []).get(region)!).push(key);
}
// A region without a city kept says nothing a shared name does not: left out.
let kept = 0;
for (const regions of byCountry)
  for (const [region, cities] of [...regions]) {
    if (cities.length === 0) regions.delete(region);
    else kept += 1 + cities.length;
  }

const countryLines = countryNames.map((names) => names[0]);
const placeLines = byCountry.map((regions) =>
  [...regions]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([region, cities]) => `${region}:${cities.join(',')}`)
    .join(';'),
);
const header = `// Generated by scripts/make-gazetteer.ts; do not edit by hand.
// ${kept} places of ${codes.length} countries: first-level regions and their cities of ${MIN_POPULATION.toLocaleString('en')} people or
// more and capitals, keyed as lib/text/names.ts keys names. Sources: city-timezones 1.3.4 (MIT licence), whose
// places are Natural Earth's populated places (public domain), and countries-list 3.4.1 (MIT licence).
`;
const body = `${header}
/** One line a country: its English name, as a key. */
export const COUNTRY_LINES = ${JSON.stringify(countryLines.join('\n'))};

/** One line a country, in the order of COUNTRY_LINES: its regions separated by ";", each followed by ":" and its cities separated by ",". */
export const PLACE_LINES = ${JSON.stringify(placeLines.join('\n'))};
`;
const out = join(process.cwd(), 'lib/text/gazetteer-table.ts');
writeFileSync(out, body);
console.log(`${out}: ${codes.length} countries, ${kept} places, ${body.length} characters`);
