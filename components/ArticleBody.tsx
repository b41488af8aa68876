import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../lib/types';
import { markParagraphs } from './article-marks';
import { ExternalRef } from './ExternalRef';
import { FigureList } from './FigureList';
import { formatDate } from './format-date';
import { MarkedParagraph } from './MarkedParagraph';
import { claimWords } from '../lib/sources/served-publisher';
import { hostOf } from '../lib/page/safe-url';
import { SourceList } from './SourceList';

export type ArticleBodyProps = {
  article: Article;
};

/** The article once loaded; its title takes focus so keyboard and screen-reader users land on it. */
export function ArticleBody({ article }: ArticleBodyProps) {
  const title = useRef<HTMLHeadingElement>(null);
  // linkedom (component tests) has no focus(); browsers do.
  useEffect(() => title.current?.focus?.(), [article.id]);
  const paragraphs = markParagraphs(article);
  return (
    <article class="reader-article" lang={article.language || undefined}>
      <header class="reader-header">
        <p class="eyebrow">From your corpus · {article.origin === 'bundled' ? 'bundled' : 'added by you'}</p>
        <h2 class="reader-title" tabIndex={-1} ref={title}>
          {article.title || 'Untitled article'}
        </h2>
        <dl class="credits">
          <div class={article.publisherClaim ? 'credit-claim' : undefined}>
            <dt>Publisher</dt>
            {article.publisherClaim ? (
              <dd>
                <span class="claim-words">
                  {claimWords(
                    article.publisherClaim,
                    hostOf(article.servedUrl ?? null) ?? article.outlet?.domain ?? null,
                  )}
                </span>
              </dd>
            ) : (
              <dd>{article.outlet?.name ?? <span class="unknown">unknown</span>}</dd>
            )}
          </div>
          {article.originalPublisher && (
            <div>
              <dt>First published by</dt>
              <dd>{article.originalPublisher.name}</dd>
            </div>
          )}
          <div>
            <dt>Author</dt>
            <dd>{article.author ?? <span class="unknown">not given</span>}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>{article.published ? formatDate(article.published) : <span class="unknown">date unknown</span>}</dd>
          </div>
          {article.url && (
            <div>
              <dt>Address</dt>
              <dd class="break">
                <ExternalRef refText={article.url} label={hostOf(article.url) ?? undefined} />
              </dd>
            </div>
          )}
        </dl>
        {(article.figures.length > 0 || article.sources.length > 0) && (
          <p class="legend">
            <mark class="mark-figure">Figures</mark> are highlighted;{' '}
            <span class="mark-attributed">sentences credited to a source</span> are underlined, with the source’s
            number.
          </p>
        )}
      </header>
      <div class="reader-text">
        {paragraphs.map((segments, i) => (
          <MarkedParagraph key={i} segments={segments} />
        ))}
      </div>
      <h3 class="section-title">Sources in this article</h3>
      <SourceList sources={article.sources} />
      {article.figures.length > 0 && (
        <>
          <h3 class="section-title">Figures in this article</h3>
          <FigureList figures={article.figures} label="Figures in this article" />
        </>
      )}
    </article>
  );
}
