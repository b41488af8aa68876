import { useState } from 'preact/hooks';
import { useConnector } from './connector-context';
import { downloadJson } from './download-json';
import { errorText } from './use-request';

/** Export the corpus as JSON, and restore the bundled articles (the user's own are kept). */
export function CorpusActions() {
  const connector = useConnector();
  const [busy, setBusy] = useState<'export' | 'restore' | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const exportCorpus = () => {
    setBusy('export');
    connector
      .send('export-corpus', {})
      .then((articles) => {
        downloadJson(`reading-context-corpus-${new Date().toISOString().slice(0, 10)}.json`, articles);
        setNote(`Exported ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}.`);
      })
      .catch((e: unknown) => setNote(`Couldn’t export: ${errorText(e)}`))
      .finally(() => setBusy(null));
  };

  const restore = () => {
    setBusy('restore');
    connector
      .send('restore-bundled', {})
      .then((r) => setNote(r.ok ? `Restored ${r.restored} bundled ${r.restored === 1 ? 'article' : 'articles'}. Your own articles were kept.` : 'Couldn’t restore the bundled corpus.'))
      .catch((e: unknown) => setNote(`Couldn’t restore: ${errorText(e)}`))
      .finally(() => setBusy(null));
  };

  return (
    <div class="corpus-actions">
      <button type="button" class="button" onClick={exportCorpus} disabled={busy !== null}>
        {busy === 'export' ? 'Exporting…' : 'Export to JSON'}
      </button>
      <button type="button" class="button" onClick={restore} disabled={busy !== null}>
        {busy === 'restore' ? 'Restoring…' : 'Restore the bundled corpus'}
      </button>
      <p class="save-note" role="status">
        {note}
      </p>
    </div>
  );
}
