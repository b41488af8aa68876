import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { useConnector } from './connector-context';

/** The settings, kept current, and a function that saves a change to them. */
export function useSettings(): {
  settings: Settings | null;
  save: (change: Partial<Settings>) => Promise<void>;
  error: string | null;
} {
  const connector = useConnector();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    connector.getSettings().then(setSettings, (e: unknown) => setError(String((e as Error)?.message ?? e)));
    return connector.onSettingsChange(setSettings);
  }, [connector]);
  const save = async (change: Partial<Settings>) => {
    // Read fresh, so two controls saving at once do not undo each other.
    const next = { ...(await connector.getSettings()), ...change };
    setSettings(next);
    await connector.saveSettings(next);
  };
  return { settings, save, error };
}
