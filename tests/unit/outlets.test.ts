// seeds/outlets.json and the lookups over it: every fact carries a reference, malformed files are
// refused with the outlet and field named, and names, abbreviations and addresses find their outlet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledOutlets } from '../../lib/sources/bundled-outlets';
import { articleUrl, findOutlet, loadOutlets, outletRef } from '../../lib/sources/outlets';
import type { OutletProfile } from '../../lib/types';

const raw = JSON.parse(readFileSync(new URL('../../seeds/outlets.json', import.meta.url), 'utf8')) as {
  $comment: string;
  outlets: Array<Record<string, unknown>>;
};
const profiles = bundledOutlets();
const byId = (id: string): OutletProfile => profiles.find((p) => p.id === id)!;

describe('seeds/outlets.json', () => {
  it('explains itself in a top-level comment', () => {
    expect(raw.$comment).toMatch(/ref/);
  });

  it('profiles the outlets the corpus publishes and cites', () => {
    expect(profiles.map((p) => p.id)).toEqual(
      expect.arrayContaining(['mehr-news-agency', 'tehran-times', 'press-tv', 'al-jazeera', 'foreign-affairs']),
    );
  });

  it('gives every stated fact a reference a reader can check', () => {
    for (const p of profiles) {
      for (const fact of [p.country, p.ownership, p.affiliation, p.articleUrlPattern, p.description]) {
        if (fact) expect(fact.ref.length, `${p.id}: ${fact.value}`).toBeGreaterThan(10);
      }
    }
  });

  it('states country and ownership of the five corpus outlets', () => {
    expect(byId('mehr-news-agency').country?.value).toBe('Iran');
    expect(byId('mehr-news-agency').ownership?.value).toMatch(/Islamic Development Organization/);
    expect(byId('tehran-times').affiliation?.value).toMatch(/Islamic Development Organization/);
    expect(byId('press-tv').ownership?.value).toMatch(/State-owned.*IRIB/);
    expect(byId('al-jazeera').country?.value).toBe('Qatar');
    expect(byId('al-jazeera').ownership?.value).toMatch(/government of Qatar/);
    expect(byId('foreign-affairs').ownership?.value).toMatch(/Council on Foreign Relations/);
  });
});

describe('loadOutlets', () => {
  const good = raw.outlets[0]!;
  const withOutlet = (patch: Record<string, unknown>) => ({ outlets: [{ ...good, ...patch }] });

  it('accepts the bundled file', () => {
    expect(loadOutlets(raw)).toHaveLength(raw.outlets.length);
  });

  it('refuses a file without an outlets array', () => {
    expect(() => loadOutlets({ about: 'x' })).toThrow(/"outlets" array/);
    expect(() => loadOutlets(null)).toThrow(/outlets\.json/);
  });

  it('names the outlet and the field of a fact without a reference', () => {
    expect(() => loadOutlets(withOutlet({ country: { value: 'Iran' } }))).toThrow(
      /outlet "mehr-news-agency" \(#0\): field "country\.ref"/,
    );
  });

  it('names the field of an empty fact value', () => {
    expect(() => loadOutlets(withOutlet({ ownership: { value: '', ref: 'https://example.org' } }))).toThrow(
      /field "ownership\.value"/,
    );
  });

  it('refuses a misspelt field rather than dropping it', () => {
    expect(() => loadOutlets(withOutlet({ ownrship: null }))).toThrow(/unknown field "ownrship"/);
  });

  it('refuses a bad id, empty names, an address given as a domain, and duplicate ids', () => {
    expect(() => loadOutlets(withOutlet({ id: 'Mehr News' }))).toThrow(/field "id"/);
    expect(() => loadOutlets(withOutlet({ names: [] }))).toThrow(/field "names" must not be empty/);
    expect(() => loadOutlets(withOutlet({ domains: ['https://mehrnews.com/'] }))).toThrow(/field "domains\[0\]"/);
    expect(() => loadOutlets({ outlets: [good, good] })).toThrow(/used by two outlets/);
  });

  it('refuses an article address pattern without {id}', () => {
    expect(() =>
      loadOutlets(withOutlet({ articleUrlPattern: { value: 'https://en.mehrnews.com/news/', ref: 'https://x.org' } })),
    ).toThrow(/articleUrlPattern\.value/);
  });

  it('names an outlet by its first name when its id is missing', () => {
    const { id: _id, ...noId } = good;
    expect(() => loadOutlets({ outlets: [noId] })).toThrow(/outlet "Mehr News Agency" \(#0\): field "id"/);
  });
});

describe('findOutlet', () => {
  it.each([
    ['MNA', 'mehr-news-agency'],
    ['Mehr News Agency', 'mehr-news-agency'],
    ['mehr news agency', 'mehr-news-agency'],
    ['Press TV website', 'press-tv'],
    ['the Press TV website', 'press-tv'],
    ['Press TV’s website', 'press-tv'],
    ['Al-Jazeera', 'al-jazeera'],
    ['The Tehran Times', 'tehran-times'],
    ['Foreign Affairs', 'foreign-affairs'],
    ['AP', 'associated-press'],
  ])('finds %s by name', (name, id) => {
    expect(findOutlet(profiles, { name })?.id).toBe(id);
  });

  it('does not guess from a description: "the Qatari-based news outlet"', () => {
    expect(findOutlet(profiles, { name: 'the Qatari-based news outlet' })).toBeNull();
    expect(findOutlet(profiles, { name: 'Mehr Times' })).toBeNull();
  });

  it.each([
    ['en.mehrnews.com', 'mehr-news-agency'],
    ['https://www.presstv.ir/Detail/2024/04/29/725130/x', 'press-tv'],
    ['WWW.TehranTimes.com', 'tehran-times'],
    ['www.aljazeera.com', 'al-jazeera'],
  ])('finds %s by address, subdomains included', (domain, id) => {
    expect(findOutlet(profiles, { domain })?.id).toBe(id);
  });

  it('does not match a domain that merely ends with the same letters', () => {
    expect(findOutlet(profiles, { domain: 'notmehrnews.com' })).toBeNull();
  });
});

describe('outletRef and articleUrl', () => {
  it('refers to a known outlet by its profile', () => {
    expect(outletRef(profiles, 'MNA')).toEqual({
      name: 'Mehr News Agency',
      domain: 'mehrnews.com',
      profileId: 'mehr-news-agency',
    });
    expect(outletRef(profiles, 'Tehran Times', 'https://www.tehrantimes.com/news/1')).toEqual({
      name: 'Tehran Times',
      domain: 'tehrantimes.com',
      profileId: 'tehran-times',
    });
  });

  it('keeps an unknown outlet as named, with no profile', () => {
    expect(outletRef(profiles, ' The Daily Example ')).toEqual({
      name: 'The Daily Example',
      domain: null,
      profileId: null,
    });
  });

  it('builds an article address from the outlet’s article number', () => {
    expect(articleUrl(byId('mehr-news-agency'), '213066')).toBe('https://en.mehrnews.com/news/213066/');
  });

  it('builds none when the outlet has no pattern or the number is not a plain id', () => {
    expect(articleUrl(byId('press-tv'), '725130')).toBeNull();
    expect(articleUrl(byId('mehr-news-agency'), '../evil')).toBeNull();
  });
});
