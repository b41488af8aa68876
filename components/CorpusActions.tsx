import { useState } from 'preact/hooks';
import { useConnector } from './connector-context';
import { errorText } from './use-request';
import { SaveCancelled, saveBackup } from './backup-io';

/** Back up the corpus (a JSON Lines file this page writes itself), and restore the bundled articles (the user's own are kept). */
export function CorpusActions() {
  const connector = useConnector();
  const [busy, setBusy] = useState<'export' | 'restore' | null>(null);
  const [withSettings, setWithSettings] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const exportCorpus = async () => {
    setBusy('export');
    setNote('Backing up…');
    try {
      const settings = withSettings ? await connector.getSettings() : undefined;
      const n = await saveBackup({
        settings,
        onProgress: (done, total) =>
          setNote(`Backing up: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} articles…`),
      });
      setNote(
        `Backed up ${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}${settings ? ' and your settings' : ''}. Import the file here to restore them.`,
      );
    } catch (e) {
      setNote(e instanceof SaveCancelled ? null : `Couldn’t back up: ${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const restore = () => {
    setBusy('restore');
    connector
      .send('restore-bundled', {})
      .then((r) =>
        setNote(
          r.ok
            ? `Restored ${r.restored} bundled ${r.restored === 1 ? 'article' : 'articles'}. Your own articles were kept.`
            : 'Couldn’t restore the bundled corpus.',
        ),
      )
      .catch((e: unknown) => setNote(`Couldn’t restore: ${errorText(e)}`))
      .finally(() => setBusy(null));
  };

  return (
    <div class="corpus-actions">
      <button type="button" class="button" onClick={() => void exportCorpus()} disabled={busy !== null}>
        {busy === 'export' ? 'Backing up…' : 'Back up the corpus'}
      </button>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={withSettings}
          disabled={busy !== null}
          onChange={(e) => setWithSettings((e.target as HTMLInputElement).checked)}
        />{' '}
        Include settings
      </label>
      <button type="button" class="button" onClick={restore} disabled={busy !== null}>
        {busy === 'restore' ? 'Restoring…' : 'Restore the bundled corpus'}
      </button>
      <p class="hint">
        A backup holds every article as it is stored, the bundled articles you deleted, and your settings if you include
        them, as JSON Lines. Import it (above) to restore them, at any size: it lands whole or not at all.
      </p>
      <p class="save-note" role="status">
        {note}
      </p>
    </div>
  );
}
