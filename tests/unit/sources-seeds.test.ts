// Golden expectations on the bundled seeds: who each article cites, with which cue, through which
// outlet, and for which sentences and quotations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../lib/sources/extract-sources';
import type { Source } from '../../lib/types';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const mehr = extractSources(seed('000_49ebc4d4ef1aa215.txt'));
const pressTv = extractSources(seed('003_d8affad2d3658da0.txt'));

function source(sources: Source[], name: string): Source {
  const found = sources.find((s) => s.name === name);
  if (!found) throw new Error(`no source "${name}" among ${sources.map((s) => s.name).join(', ')}`);
  return found;
}

/** The source credited with the sentence that contains `words`, or null. */
function citedFor(sources: Source[], words: string): string[] {
  return sources.filter((s) => s.sentences.some((x) => x.includes(words))).map((s) => s.name);
}

describe('seed 000 (Mehr News Agency, "Resistance shatters Netanyahu’s “total victory” dream")', () => {
  it('credits "According to the Israeli military, close to 600 …" to the Israeli military, kind military', () => {
    const military = source(mehr, 'Israeli military');
    expect(military.kind).toBe('military');
    expect(military.cue).toContain('according to');
    expect(military.figures).toContain('close to 600');
  });

  it('credits "the Israeli military’s intelligence acknowledged in a report" to a military source', () => {
    expect(citedFor(mehr, 'acknowledged in a report')).toEqual(['Israeli military intelligence']);
    const intelligence = source(mehr, 'Israeli military intelligence');
    expect(intelligence.kind).toBe('military');
    expect(intelligence.cue).toEqual(['acknowledged']);
  });

  it('credits the ceasefire proposal to Al Jazeera, and resolves "the Qatari-based news outlet" to it', () => {
    const aljazeera = source(mehr, 'Al Jazeera');
    expect(aljazeera.kind).toBe('outlet');
    expect(aljazeera.cue).toEqual(['according to']);
    expect(citedFor(mehr, 'According to Al Jazeera, the proposal includes')).toEqual(['Al Jazeera']);
    expect(citedFor(mehr, 'according to the Qatari-based news outlet')).toEqual(['Al Jazeera']);
    expect(aljazeera.descriptions).toContain('the Qatari-based news outlet');
  });

  it('credits Dennis Ross, writing in Foreign Affairs, with his article, his "said" and his quotation', () => {
    const ross = source(mehr, 'Dennis Ross');
    expect(ross.kind).toBe('person');
    expect(ross.via).toBe('Foreign Affairs');
    expect(ross.descriptions).toContain('a former senior U.S. diplomat specializing in the Middle East');
    expect(ross.cue).toEqual(expect.arrayContaining(['writing', 'said', 'added']));
    expect(citedFor(mehr, 'Ross said if Hamas is going to persist')).toEqual(['Dennis Ross']);
    expect(citedFor(mehr, 'He added, “The starting point')).toEqual(['Dennis Ross']);
    expect(ross.quotes.some((q) => q.startsWith('The starting point for an effective strategy'))).toBe(true);
    expect(ross.quotes.some((q) => q.endsWith('never be able to eradicate or eliminate Hamas.'))).toBe(true);
  });

  it('credits "the U.S. intelligence community also admitted" to a government source', () => {
    const community = source(mehr, 'U.S. intelligence community');
    expect(community.kind).toBe('government');
    expect(community.cue).toEqual(['admitted']);
  });

  it('resolves "He said the Israeli leader …" to Chuck Schumer and credits him with the quotation', () => {
    const schumer = source(mehr, 'Chuck Schumer');
    expect(schumer.cue).toEqual(['said']);
    expect(schumer.quotes).toEqual(['too willing to tolerate the civilian toll in Gaza']);
    expect(schumer.descriptions).toContain('the top legislator in the U.S. Senate');
    expect(citedFor(mehr, 'He said the Israeli leader')).toEqual(['Chuck Schumer']);
  });

  it('merges "Netanyahu" into Benjamin Netanyahu and credits his vow and his statements', () => {
    const netanyahu = source(mehr, 'Benjamin Netanyahu');
    expect(netanyahu.kind).toBe('person');
    expect(netanyahu.cue).toEqual(expect.arrayContaining(['vowed', 'said', 'insists']));
    expect(netanyahu.quotes).toContain('total victory');
    expect(citedFor(mehr, 'Netanyahu has said Israeli troops will enter Rafah')).toEqual(['Benjamin Netanyahu']);
    expect(mehr.filter((s) => s.name.includes('Netanyahu'))).toHaveLength(1);
  });

  it('detects Joe Biden as cited through the weaker cue "made critical remarks"', () => {
    const biden = source(mehr, 'Joe Biden');
    expect(biden.cue).toEqual(['made critical remarks']);
    expect(biden.descriptions).toContain('President');
  });

  it('credits what Hamas "has said", and resolves "The resistance movement has also said" to Hamas', () => {
    const hamas = source(mehr, 'Hamas');
    expect(hamas.kind).toBe('organization');
    expect(citedFor(mehr, 'The resistance movement has also said')).toEqual(['Hamas']);
  });

  it('attributes no source to sentences that state figures without one', () => {
    expect(citedFor(mehr, 'Israel has killed more than 31,000 Palestinians')).toEqual([]);
    expect(citedFor(mehr, 'more than 1,100 people were killed')).toEqual([]);
    expect(citedFor(mehr, 'More than 3,000 Israeli officers')).toEqual([]);
  });

  it('does not cite the publisher notes at the end', () => {
    expect(citedFor(mehr, 'First published by Tehran Times')).toEqual([]);
  });
});

describe('seed 003 (Press TV, "Hamas’ stance, demands in truce talks leave Netanyahu in dilemma: Analyst")', () => {
  const moghaddam = source(pressTv, "Hossein Kana'ani Moghaddam");

  it('names one person cited throughout, and credits the interview to the Press TV website', () => {
    expect(pressTv.map((s) => s.name)).toEqual(["Hossein Kana'ani Moghaddam"]);
    expect(moghaddam.kind).toBe('person');
    expect(moghaddam.via).toBe('Press TV website');
    expect(moghaddam.descriptions).toEqual(
      expect.arrayContaining(['a Tehran-based West Asia affairs analyst', 'the Iranian analyst', 'an analyst']),
    );
  });

  it.each([
    ['says an analyst', 'the lede’s "says an analyst"'],
    ['In an interview with the Press TV website, Hossein', 'the interview'],
    ['He said the Gaza-based resistance group', '"He said"'],
    ['the Iranian analyst said, referring to', '"the Iranian analyst said"'],
    ['Moghaddam said the regime has failed', '"Moghaddam said"'],
    ['ceasefire," he added.', '"he added", after a sentence about Netanyahu'],
    ['The Iranian analyst drew parallels', '"The Iranian analyst drew parallels"'],
    ['he told the Press TV website', '"he told"'],
    [
      'In the US, demonstrations have spread to at least 30 universities',
      'the quotation continued in the next paragraph',
    ],
    ['Moghaddam elaborated', '"Moghaddam elaborated", though the sentence is about Netanyahu'],
    ['He stated that the regime', '"He stated"'],
    ['Such a mistake, he warned', '"he warned"'],
    ['This will push the regime closer to its end,” he stressed.', '"he stressed"'],
  ])('attributes the sentence with "%s" to Moghaddam (%s)', (words) => {
    expect(citedFor(pressTv, words)).toEqual(["Hossein Kana'ani Moghaddam"]);
  });

  it('collects his cue words, each once', () => {
    expect(moghaddam.cue).toEqual(
      expect.arrayContaining(['says', 'said', 'added', 'told', 'elaborated', 'stated', 'warned', 'stressed']),
    );
    expect(new Set(moghaddam.cue).size).toBe(moghaddam.cue.length);
  });

  it('credits him with his quotations, mixed straight and curly marks included, without the closing comma', () => {
    expect(moghaddam.quotes.some((q) => q.startsWith('This is definitely a revolutionary decision'))).toBe(true);
    expect(moghaddam.quotes.some((q) => q.startsWith('Within the Israeli-occupied territories'))).toBe(true);
    expect(moghaddam.quotes.some((q) => q.startsWith('Popular support for the Palestinian cause'))).toBe(true);
    expect(moghaddam.quotes.some((q) => q.startsWith('In the US, demonstrations have spread'))).toBe(true);
    expect(moghaddam.quotes.some((q) => q.startsWith('The Israeli regime is attempting'))).toBe(true);
    expect(moghaddam.quotes.every((q) => !q.endsWith(','))).toBe(true);
  });

  it('lists the figures of the sentences he backs', () => {
    expect(moghaddam.figures).toEqual(expect.arrayContaining(['at least 30', 'two million']));
  });

  it('attributes nothing to unsourced sentences between his', () => {
    expect(citedFor(pressTv, 'This demand is informed by past experiences')).toEqual([]);
    expect(citedFor(pressTv, 'The far-right cabinet of Netanyahu')).toEqual([]);
    expect(citedFor(pressTv, 'The talks underway in the Egyptian capital')).toEqual([]);
  });
});
