import { ArticleBody } from './ArticleBody';
import { useConnector } from './connector-context';
import { Spinner } from './Spinner';
import { useRequest } from './use-request';

export type ArticleReaderProps = {
  id: string;
  onBack: () => void;
};

/** A corpus article read inside the extension: its text with figures and attributed sentences marked, then its sources. */
export function ArticleReader({ id, onBack }: ArticleReaderProps) {
  const connector = useConnector();
  const state = useRequest(id, () => connector.send('get-article', { id }));
  return (
    <div class="reader">
      <button type="button" class="button button-quiet back-button" onClick={onBack}>
        <span aria-hidden="true">← </span>Back
      </button>
      {state.status === 'loading' && <Spinner label="Opening the article…" />}
      {state.status === 'failed' && <p class="state-detail">Couldn’t open the article: {state.error}</p>}
      {state.status === 'done' && !state.data && <p class="empty">This article is no longer in your corpus.</p>}
      {state.status === 'done' && state.data && <ArticleBody article={state.data} />}
    </div>
  );
}
