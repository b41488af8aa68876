// Where a named place lies: the first-level region of a city ("Baltimore" in Maryland, "Kyiv" in
// the Kyiv region) and the country of both (the United States, Ukraine), from the
// table scripts/make-gazetteer.ts writes (lib/text/gazetteer-table.ts). Names are looked up by the
// key lib/text/names.ts gives them (lower case, accents dropped). The table is read on first use.
import { COUNTRY_LINES, PLACE_LINES } from './gazetteer-table';

export interface Place {
  kind: 'region' | 'city';
  /** The country's key ("united states"). */
  country: string;
  /** The region's key: its own for a region, the one a city lies in for a city. */
  region: string;
}

let table: Map<string, Place> | null = null;

function read(): Map<string, Place> {
  const places = new Map<string, Place>();
  const countries = COUNTRY_LINES.split('\n');
  PLACE_LINES.split('\n').forEach((line, i) => {
    const country = countries[i];
    if (!line) return;
    for (const entry of line.split(';')) {
      const colon = entry.indexOf(':');
      const region = entry.slice(0, colon);
      places.set(region, { kind: 'region', country, region });
      for (const city of entry.slice(colon + 1).split(',')) places.set(city, { kind: 'city', country, region });
    }
  });
  return places;
}

/** The region or city a name key stands for ("maryland", "baltimore"), or null when the table has none. */
export function placeOf(key: string): Place | null {
  table ??= read();
  return table.get(key) ?? null;
}

let countries: Set<string> | null = null;

/** Whether a name key is a country's ("india", "south africa"). */
export function isCountry(key: string): boolean {
  countries ??= new Set(COUNTRY_LINES.split('\n'));
  return countries.has(key);
}
