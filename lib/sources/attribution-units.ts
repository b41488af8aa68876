// The units attribution reads: sentences, joined where a quotation runs across a sentence end, since
// “The starting point ... differently. It is time ... Hamas,” he added credits both sentences to him.
import type { Sentence } from '../figures/sentences';
import { tokenizeParagraph, type QuoteSpan, type Token } from './attribution-tokens';
import { splitParagraphs, splitSentences } from './split-sentences';

export interface AttributionUnit {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
  quotes: QuoteSpan[];
}

/** The attribution units of a text, in order; `sentences` are the text's sentences when the caller has them. */
export function readUnits(text: string, split?: readonly Sentence[]): AttributionUnit[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, split, paragraphs);
  const units: AttributionUnit[] = [];
  let s = 0;
  paragraphs.forEach((para, index) => {
    const { tokens, quotes } = tokenizeParagraph(text, para.start, para.end);
    let t = 0;
    let q = 0;
    let qa = 0;
    while (s < sentences.length && sentences[s]!.paragraph === index) {
      const start = sentences[s]!.start;
      let end = sentences[s]!.end;
      s++;
      for (;;) {
        while (q < quotes.length && quotes[q]!.end <= end) q++;
        const open = quotes[q];
        if (!open || open.start >= end) break;
        if (s >= sentences.length || sentences[s]!.paragraph !== index) break;
        end = sentences[s]!.end;
        s++;
      }
      // Tokens and quotations come in text order: a unit's are one run of each, cut out whole.
      while (t < tokens.length && tokens[t]!.start < start) t++;
      const firstToken = t;
      while (t < tokens.length && tokens[t]!.start < end) t++;
      while (qa < quotes.length && quotes[qa]!.start < start) qa++;
      const firstQuote = qa;
      while (qa < quotes.length && quotes[qa]!.start < end) qa++;
      units.push({
        text: text.slice(start, end),
        start,
        end,
        paragraph: index,
        tokens: tokens.slice(firstToken, t),
        quotes: quotes.slice(firstQuote, qa),
      });
    }
  });
  return units;
}
