// The latest right-click lookup, fetched once and again on each `lookup-updated`.
import { useEffect, useState } from 'preact/hooks';
import type { LookupResult } from '../lib/types';
import { useConnector } from './connector-context';

/** The waiting lookup, or null; `onNew` runs when a new one arrives so the page can show it. */
export function useLookup(onNew?: () => void): LookupResult | null {
  const connector = useConnector();
  const [lookup, setLookup] = useState<LookupResult | null>(null);
  useEffect(() => {
    let current = true;
    const load = (announce: boolean) =>
      connector.send('get-lookup', {}).then(
        (result) => {
          if (!current) return;
          setLookup(result);
          if (announce && result) onNew?.();
        },
        () => undefined,
      );
    load(false);
    const stop = connector.onBroadcast((b) => {
      if (b.type === 'lookup-updated') load(true);
    });
    return () => {
      current = false;
      stop();
    };
  }, [connector]);
  return lookup;
}
