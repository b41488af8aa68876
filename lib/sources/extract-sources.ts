// Who a text cites, claim by claim: "according to X", "X said", "…, he told the Press TV website",
// "Writing in Foreign Affairs, X …", quotations and the paragraphs that continue them. Pronouns and
// descriptions ("he", "the Iranian analyst", "Moghaddam") are resolved to the person named before;
// a sentence with no cue is attributed to no one (its figures then have no source).
// One pass over the units; every look-around is bounded, so time grows linearly with the text.
import type { Sentence } from '../figures/sentences';
import type { OutletProfile, Source } from '../types';
import { readUnits } from './attribution-units';
import { bundledOutlets } from './bundled-outlets';
import { companyNames } from './company-names';
import { figureMentionsAt } from './figure-mentions';
import { SourceBook, type Entity } from './source-book';
import { UnitReader } from './unit-attributions';

export interface ExtractSourcesOptions {
  /** Outlet profiles used to recognize outlets by name; the bundled ones by default. */
  outlets?: OutletProfile[];
  /** The text's sentences (lib/figures' `splitSentences`), when the caller has split it already. */
  sentences?: readonly Sentence[];
}

/** The sources a text cites, in order of first citation, each with its cues, sentences, quotes and figures. */
export function extractSources(text: string, options: ExtractSourcesOptions = {}): Source[] {
  const profiles = options.outlets ?? bundledOutlets();
  const book = new SourceBook(companyNames(text));
  let previous: { entity: Entity; at: number; quoted: boolean } | null = null;
  readUnits(text, options.sentences).forEach((unit, at) => {
    const reader = new UnitReader(text, unit, at, book, profiles);
    reader.noteMentions();
    let attributions = reader.attributions();
    const quotes = unit.quotes.map((q) => q.text);
    // A paragraph that opens inside quotation marks and names no one continues the quotation before it.
    if (
      attributions.length === 0 &&
      unit.tokens[0]?.type === 'quote' &&
      previous &&
      previous.at === at - 1 &&
      previous.quoted
    ) {
      attributions = [{ entity: previous.entity, cue: '', speaker: true }];
    }
    const mentions = attributions.length ? figureMentionsAt(unit.text) : [];
    // Each source is cited for the figures of its own clause: "The agency says 1.6 million have fled,
    // while officials insist that the number is lower" credits the officials with none.
    const byEntity = reader.figuresOf(mentions);
    const spans = reader.spansOf();
    const via = attributions.some((a) => a.speaker && a.entity.kind === 'person') ? reader.via() : null;
    const quoteHolder = attributions.find((a) => a.speaker) ?? attributions[0];
    for (const a of attributions) {
      book.cite(a.entity, {
        at,
        sentence: unit.text,
        cue: a.cue || null,
        quotes: a === quoteHolder ? quotes : [],
        figures: byEntity.get(a.entity) ?? mentions.map((m) => m.text),
        spans: spans.get(a.entity) ?? [[unit.start, unit.end]],
        via: a.speaker && a.entity.kind === 'person' ? via : null,
      });
    }
    const speaker = attributions.find((a) => a.speaker && a.entity.kind === 'person');
    previous = quoteHolder ? { entity: quoteHolder.entity, at, quoted: quotes.length > 0 } : null;
    const salient =
      speaker?.entity ?? attributions.find((a) => a.entity.kind === 'person')?.entity ?? reader.subjectPerson();
    if (salient) book.salient = salient;
    // "Russia's central bank raised its rate. It said…": "it" is the body the sentence before was about.
    if (attributions.length === 0) {
      const body = reader.subjectBody();
      if (body) book.lastBody = body;
    }
  });
  return book.sources();
}
