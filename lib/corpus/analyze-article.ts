// Reads the figures and sources of an article's text, once: at build time for the bundled corpus,
// on import or save for the user's articles. Offsets index into `paragraphs.join('\n\n')`.
import type { Article } from '../types';
import { attachSources, extractFigures } from '../figures/extract-figures';
import { splitSentences } from '../figures/sentences';
import { extractSources } from '../sources/extract-sources';

/** The text that figure offsets index into. */
export const articleText = (article: Pick<Article, 'paragraphs'>): string => article.paragraphs.join('\n\n');

/** The figures and sources of a text, each figure credited to the source cited for it. */
export function analyzeText(text: string): Pick<Article, 'figures' | 'sources'> {
  // Figures and sources read the same sentences: the text is split once for both.
  const sentences = splitSentences(text);
  const sources = extractSources(text, { sentences });
  const figures = attachSources(extractFigures(text, { sentences }), sources);
  return { figures, sources };
}

export function analyzeArticle(article: Article): Article {
  return { ...article, ...analyzeText(articleText(article)) };
}
