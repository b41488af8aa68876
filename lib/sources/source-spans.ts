// Where in the text each source is cited: the spans of the clauses it speaks for (offsets in the analysed
// text). A `Source` lists sentences and figure texts, which cannot tell two sources of one sentence apart
// ("…, while the Congressional Budget Office predicted a $477 billion deficit") nor a figure written alike
// in two sentences; the sources module notes the spans here, beside each Source it returns (the stored
// shape is unchanged), and `attachSources` gives a figure the source whose span holds it.
import type { Source } from '../types';

/** A source's clauses: [start, end) offsets in the analysed text, in order. */
export const SOURCE_SPANS = new WeakMap<Source, ReadonlyArray<readonly [number, number]>>();
