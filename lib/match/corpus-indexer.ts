// The search index as the corpus store's indexer: it keeps the index in step with the articles
// store inside the store's own transaction, so an article and its index entry land together.
import type { CorpusIndexer } from '../store/corpus-store';
import { indexArticlesInTx } from './index-articles';
import { removeFromIndexInTx } from './remove-from-index';

export const corpusIndexer: CorpusIndexer = {
  async add(tx, articles) {
    await indexArticlesInTx(tx, articles);
  },
  async remove(tx, ids) {
    await removeFromIndexInTx(tx, ids);
  },
};
