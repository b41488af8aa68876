import { useId, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { KeepToggle } from './KeepToggle';
import { useSettings } from './use-settings';

/** "Keep what I read": the switch and the limits (most articles, most storage) past which the oldest kept go. */
export function KeepSettings() {
  const { settings, save } = useSettings();
  const [note, setNote] = useState<string | null>(null);
  const ids = { articles: useId(), megabytes: useId() };
  if (!settings) return <p class="muted">Loading settings…</p>;
  const saveLimit = (key: 'keepMaxArticles' | 'keepMaxMegabytes', raw: string) => {
    const n = Math.floor(Number(raw));
    if (!Number.isFinite(n) || n < 1) {
      setNote('A limit is a whole number of at least 1.');
      return;
    }
    save({ [key]: n }).then(
      () => setNote('Saved. The oldest kept articles go when a limit is passed; those you saved or imported never do.'),
      (e: unknown) => setNote(`Couldn’t save: ${String((e as Error)?.message ?? e)}`),
    );
  };
  return (
    <div class="settings">
      <div class="field">
        <KeepToggle />
      </div>
      <fieldset class="field">
        <legend>Limits of what is kept</legend>
        <div class="limits">
          <label for={ids.articles}>
            Most articles kept
            <input
              id={ids.articles}
              type="number"
              min={1}
              step={1}
              value={settings.keepMaxArticles}
              onChange={(e) => saveLimit('keepMaxArticles', (e.target as HTMLInputElement).value)}
            />
          </label>
          <label for={ids.megabytes}>
            Most storage, in MB
            <input
              id={ids.megabytes}
              type="number"
              min={1}
              step={1}
              value={settings.keepMaxMegabytes}
              onChange={(e) => saveLimit('keepMaxMegabytes', (e.target as HTMLInputElement).value)}
            />
          </label>
        </div>
        <p class="hint">
          Defaults: {DEFAULT_SETTINGS.keepMaxArticles.toLocaleString('en')} articles and{' '}
          {DEFAULT_SETTINGS.keepMaxMegabytes} MB. Past a limit the oldest kept articles go first; articles you saved or
          imported are never removed.
        </p>
      </fieldset>
      <p class="save-note" role="status">
        {note}
      </p>
    </div>
  );
}
