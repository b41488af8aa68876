import type { CorpusProblem } from '../lib/store/corpus-health';
import { formatBytes } from './format-bytes';
import { Icon } from './Icon';

export type CorpusProblemNoteProps = {
  problem: CorpusProblem;
  articles: number;
  bytesUsed: number | null;
};

/** Storage full, or a bundled update that failed: said with the corpus's counts and when it is tried again. */
export function CorpusProblemNote({ problem, articles, bytesUsed }: CorpusProblemNoteProps) {
  const retry =
    problem.retryAt === null
      ? null
      : new Date(problem.retryAt).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' });
  return (
    <p class="callout callout-warn corpus-problem" role="alert">
      <span class="callout-icon">
        <Icon name="warning" />
      </span>
      <span>
        <strong>{problem.message}</strong> Your corpus: {articles.toLocaleString('en')} article
        {articles === 1 ? '' : 's'}, {formatBytes(bytesUsed)} of storage used.
        {retry && ` Next try of the update: ${retry}.`}
      </span>
    </p>
  );
}
