// Which figures a source is cited for in which sentence. A `Source` lists its sentences and its figures
// apart, so a figure written alike in two sentences ("killed 13" here, "wounded 13" there) would credit
// whoever is cited for it anywhere; the sources module notes each sentence's figures here, beside the
// Source it returns, and `attachSources` reads them when they are there.
import type { Source } from '../types';

export interface SentenceFigures {
  sentence: string;
  figures: readonly string[];
}

/** The figures each source the sources module returned is cited for, sentence by sentence. */
export const SENTENCE_FIGURES = new WeakMap<Source, readonly SentenceFigures[]>();
