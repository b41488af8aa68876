import type { ImportReport } from '../lib/types';
import { Icon } from './Icon';

export type ImportReportViewProps = {
  report: ImportReport;
};

/** The outcome of an import, said plainly: what landed, or that nothing did, and each file's result. */
export function ImportReportView({ report }: ImportReportViewProps) {
  const duplicates = report.files.reduce((n, f) => n + f.duplicates, 0);
  const caveats = report.files.reduce((n, f) => n + (f.warnings?.length ?? 0), 0);
  return (
    <div class="import-report" role="status">
      {report.ok ? (
        <p class="callout callout-ok">
          <span class="callout-icon" aria-hidden="true">
            ✓
          </span>
          <span>
            <strong>
              Imported {report.added} {report.added === 1 ? 'article' : 'articles'}.
            </strong>
            {duplicates > 0 && ` ${duplicates} already in your corpus ${duplicates === 1 ? 'was' : 'were'} skipped.`}
            {caveats > 0 && ' Some were imported with a caveat, marked below.'}
          </span>
        </p>
      ) : (
        <p class="callout callout-warn">
          <span class="callout-icon">
            <Icon name="warning" />
          </span>
          <span>
            <strong>Nothing was imported; your corpus is unchanged.</strong> Fix the files marked below and import them
            again.
          </span>
        </p>
      )}
      <ul class="file-results" aria-label="Files">
        {report.files.map((f, i) => (
          <li key={`${i}-${f.file}`} class={f.ok ? 'file-ok' : 'file-failed'}>
            <span class="file-status">
              <span aria-hidden="true">{f.ok ? '✓ ' : '✗ '}</span>
              {f.ok ? (report.ok ? 'Added' : 'Readable') : 'Failed'}
            </span>
            <span class="file-name">{f.file}</span>
            <span class="file-detail">
              {f.ok && !report.ok
                ? 'Not imported, because another file failed.'
                : f.ok
                  ? `${f.added} ${f.added === 1 ? 'article' : 'articles'}${f.duplicates ? `, ${f.duplicates} duplicate${f.duplicates === 1 ? '' : 's'}` : ''}`
                  : (f.message ?? 'This file could not be read.')}
            </span>
            {!f.ok && f.problems && f.problems.length > 0 && (
              <ul class="file-warnings" aria-label={`Problems in ${f.file}`}>
                {f.problems.map((p, k) => (
                  <li key={k}>{p}</li>
                ))}
              </ul>
            )}
            {f.ok && f.warnings && f.warnings.length > 0 && (
              <ul class="file-warnings" aria-label={`Caveats for ${f.file}`}>
                {f.warnings.map((w, k) => (
                  <li key={k}>
                    <Icon name="warning" /> {w}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
