import { describe, expect, it } from 'vitest';
import { placeOf } from '../../lib/text/gazetteer';
import { names } from '../../lib/text/names';
import { candidateFeatures, type PageVector } from '../../lib/match/score-candidate';
import { profileText } from '../../lib/match/text-profile';
import type { DocRecord } from '../../lib/store/index-records';

describe('placeOf', () => {
  it('places a city in its region and country, and a region in its country', () => {
    expect(placeOf('baltimore')).toEqual({ kind: 'city', country: 'united states', region: 'maryland' });
    expect(placeOf('maryland')).toEqual({ kind: 'region', country: 'united states', region: 'maryland' });
    expect(placeOf('strasbourg')).toMatchObject({ kind: 'city', country: 'france' });
    expect(placeOf('ishikawa')).toMatchObject({ kind: 'region', country: 'japan' });
    expect(placeOf('kanazawa')).toMatchObject({ kind: 'city', region: 'ishikawa' });
  });

  it('finds a place by the key the names of a text get (lower case, accents dropped)', () => {
    const [key] = names('Rescuers reached Düsseldorf on Monday.');
    expect(key).toBe('dusseldorf');
    expect(placeOf(key)).toMatchObject({ kind: 'city', country: 'germany' });
  });

  it('knows no country, small town, common word or name shared by two countries alike', () => {
    // "Georgia" is a country as well as a state; a country's name is no place of the table.
    for (const key of [
      'georgia',
      'japan',
      'wajima',
      'the',
      'of',
      'nice',
      'delta',
      'miranda',
      'Baltimore',
      'constructor',
      '__proto__',
    ])
      expect(placeOf(key), key).toBeNull();
  });

  it('leaves out a region named like a city, and its cities: a text naming it likely means the city', () => {
    for (const key of ['washington', 'seattle', 'new york', 'buffalo', 'kyiv', 'tokyo'])
      expect(placeOf(key), key).toBeNull();
  });
});

/** A page vector whose idf makes every word as rare as can be: a shared name weighs 1. */
function pageOf(text: string): PageVector {
  const profile = profileText(text, '');
  return { profile, weights: new Map(), norm: 0, idf: () => 5, maxIdf: 5, published: null };
}

function docOf(text: string): DocRecord {
  return {
    n: 0,
    id: 'a',
    terms: [],
    tf: new Uint8Array(),
    sketch: new Uint32Array(),
    shingles: 0,
    length: 0,
    names: profileText(text, '').names.map((n) => n.key),
    published: null,
  };
}

const sharedNames = (page: string, doc: string) =>
  candidateFeatures(pageOf(page), docOf(doc), []).names.map((n) => `${n.text} ${n.weight}`);

describe('regions in candidateFeatures', () => {
  it('counts a region one text names through a city in it as a shared name', () => {
    expect(
      sharedNames('A ship struck a bridge in Maryland on Tuesday.', 'The bridge in Baltimore fell on Tuesday.'),
    ).toEqual(['Maryland (Baltimore) 1']);
    expect(
      sharedNames('The bridge in Baltimore fell on Tuesday.', 'A ship struck a bridge in Maryland on Tuesday.'),
    ).toEqual(['Maryland (Baltimore) 1']);
  });

  it('adds nothing for a place both texts name, or for a country named only through a place', () => {
    expect(sharedNames('The bridge in Baltimore fell.', 'Cranes reached Baltimore and Maryland.')).toEqual([
      'Baltimore 1',
    ]);
    expect(sharedNames('Congress passed aid for Kyiv.', 'The aid for Ukraine passed.')).toEqual([]);
    expect(sharedNames('Police in Baltimore said.', 'Police in Houston said.')).toEqual([]);
    // Two cities of one region are not one place.
    expect(sharedNames('Floods hit Houston.', 'Floods hit Dallas.')).toEqual([]);
    expect(sharedNames('Floods hit Houston.', 'Floods hit Texas.')).toEqual(['Texas (Houston) 1']);
  });
});
