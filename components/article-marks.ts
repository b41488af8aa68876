// Where the reader marks an article: its figures (by their offsets into the paragraphs joined by a
// blank line, as the engine analysed them) and the sentences and quotations attributed to each source.
import type { Article, Figure } from '../lib/types';
import { findSentences, segmentText, type MarkRange, type Segment } from './segment-text';

export type ArticleMark = { kind: 'figure'; figure: Figure } | { kind: 'source'; number: number; name: string };

/** Each paragraph cut into runs, with the figures and attributed sentences that cover each run. */
export function markParagraphs(
  article: Pick<Article, 'paragraphs' | 'figures' | 'sources'>,
): Array<Array<Segment<ArticleMark>>> {
  let offset = 0;
  return article.paragraphs.map((paragraph) => {
    const start = offset;
    const end = start + paragraph.length;
    offset = end + 2; // the "\n\n" between paragraphs
    const figures: Array<MarkRange<ArticleMark>> = article.figures
      .filter((f) => f.start >= start && f.end <= end && f.end > f.start)
      .map((f) => ({ start: f.start - start, end: f.end - start, data: { kind: 'figure', figure: f } }));
    const sentences = findSentences<ArticleMark>(
      paragraph,
      article.sources.flatMap((s, i) =>
        [...s.sentences, ...s.quotes].map((sentence) => ({
          sentence,
          data: { kind: 'source', number: i + 1, name: s.name },
        })),
      ),
    );
    return segmentText(paragraph, [...sentences, ...figures]);
  });
}
