import { useConnector } from './connector-context';
import { CorpusProblemNote } from './CorpusProblemNote';
import { useRequest } from './use-request';

/** The popup's note on the corpus: shown only when storage is full, an update failed, or the database cannot be opened. */
export function CorpusHealthNote() {
  const connector = useConnector();
  const health = useRequest('corpus-health', () => connector.send('corpus-health', {}));
  if (health.status === 'failed') {
    return (
      <p class="callout callout-warn corpus-problem" role="alert">
        The corpus could not be opened: {health.error}
      </p>
    );
  }
  if (health.status !== 'done' || !health.data.problem) return null;
  return (
    <CorpusProblemNote
      problem={health.data.problem}
      articles={health.data.articles}
      bytesUsed={health.data.bytesUsed}
    />
  );
}
