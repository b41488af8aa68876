// Figures and sources as the import's compiler reads them from generated articles, for
// `asUserImport` (bench/generate-corpus.ts): a few hundred compiled once, in Node.
import type { Article } from '../lib/types';
import { compileArticle } from '../lib/corpus/compile-corpus';
import { generateArticles } from './generate-corpus';

export function compiledSamples(pool: string[], n = 200): Array<Pick<Article, 'figures' | 'sources'>> {
  return generateArticles(n, 777, pool).map((a) => {
    const text = `Title: ${a.title}\nOutlet: ${a.outlet?.name ?? ''}\nPublished: ${a.published?.iso ?? ''}\n---\n${a.paragraphs.join('\n\n')}`;
    const { figures, sources } = compileArticle({ name: `${a.id}.txt`, text }, [], 'user');
    return { figures, sources };
  });
}
