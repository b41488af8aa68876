import type { RestoreOutcome } from '../lib/export/restore-backup';
import { Icon } from './Icon';

export type RestoreReportViewProps = {
  file: string;
  outcome: RestoreOutcome & { interrupted: number; settingsRestored: boolean };
};

const n = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** The outcome of restoring a backup: what landed, or that nothing did, with each bad line named. */
export function RestoreReportView({ file, outcome }: RestoreReportViewProps) {
  return (
    <div class="import-report" role="status">
      {outcome.interrupted > 0 && (
        <p class="hint">
          An earlier restore was cut off before its end: the {n(outcome.interrupted, 'article', 'articles')} it had
          written were taken back first.
        </p>
      )}
      {outcome.ok ? (
        <p class="callout callout-ok">
          <span class="callout-icon" aria-hidden="true">
            ✓
          </span>
          <span>
            <strong>
              Restored {n(outcome.added, 'article', 'articles')} from {file}.
            </strong>
            {outcome.duplicates > 0 &&
              ` ${n(outcome.duplicates, 'article was', 'articles were')} already in your corpus and left as they were.`}
            {outcome.deletedBundled > 0 &&
              ` ${n(outcome.deletedBundled, 'bundled article you had deleted stays', 'bundled articles you had deleted stay')} deleted.`}
            {outcome.settingsRestored && ' Your settings were restored too.'}
          </span>
        </p>
      ) : (
        <div class="callout callout-warn">
          <span class="callout-icon">
            <Icon name="warning" />
          </span>
          <span>
            <strong>
              {outcome.leftToTakeBack ? 'Nothing was restored.' : 'Nothing was restored; your corpus is unchanged.'}
            </strong>{' '}
            {file} could not be restored:
            <ul class="file-warnings" aria-label={`Problems in ${file}`}>
              {outcome.problems.map((p, k) => (
                <li key={k}>{p}</li>
              ))}
            </ul>
          </span>
        </div>
      )}
    </div>
  );
}
