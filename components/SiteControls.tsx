import { useEffect, useId, useState } from 'preact/hooks';
import { normalizeHost } from '../lib/reading-rules';
import { useConnector } from './connector-context';
import { errorText } from './use-request';
import { useSettings } from './use-settings';

export type SiteControlsProps = {
  tabId: number;
  /** The address of the page in the tab. */
  url: string;
};

/** Below a page's report: "never read this site" for its site, and "Forget this page" when it was kept as read. */
export function SiteControls({ tabId, url }: SiteControlsProps) {
  const connector = useConnector();
  const { settings, save } = useSettings();
  const [kept, setKept] = useState<{ id: string; title: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const id = useId();
  const host = /^https?:/i.test(url) ? normalizeHost(url) : null;

  useEffect(() => connector.onBroadcast((b) => b.type === 'corpus-changed' && setVersion((v) => v + 1)), [connector]);
  useEffect(() => {
    let current = true;
    connector.send('kept-page', { tabId }).then(
      (k) => current && setKept(k),
      () => current && setKept(null),
    );
    return () => {
      current = false;
    };
  }, [connector, tabId, url, version]);

  if (!host || !settings) return null;
  const never = settings.neverRead.includes(host);
  const toggle = (on: boolean) => {
    const neverRead = on ? [...new Set([...settings.neverRead, host])] : settings.neverRead.filter((h) => h !== host);
    save({ neverRead }).then(
      () => setNote(on ? `${host} won’t be read (or kept) from now on.` : `${host} can be read again.`),
      (e: unknown) => setNote(`Couldn’t save: ${errorText(e)}`),
    );
  };
  const forget = () =>
    connector.send('forget-kept', { scope: 'page', tabId }).then(
      (r) =>
        setNote(
          r.forgotten > 0 ? 'This page is forgotten: it is no longer in your corpus.' : 'This page was not kept.',
        ),
      (e: unknown) => setNote(`Couldn’t forget: ${errorText(e)}`),
    );
  return (
    <div class="site-controls">
      <label class="check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={never}
          onChange={(e) => toggle((e.target as HTMLInputElement).checked)}
        />
        <span>
          Never read <strong>{host}</strong>
        </span>
      </label>
      {kept && (
        <button
          type="button"
          class="button button-quiet button-small"
          onClick={() => void forget()}
          title={`Kept as you read it: “${kept.title}”`}
        >
          Forget this page
        </button>
      )}
      <span class="save-note" role="status">
        {note}
      </span>
    </div>
  );
}
