import { useEffect, useId, useState } from 'preact/hooks';
import type { FeedView } from '../lib/feeds/subscription';
import { feedOriginPattern, normalizeFeedUrl } from '../lib/feeds/feed-access';
import { parseOpml } from '../lib/feeds/opml';
import { useConnector } from './connector-context';
import { errorText } from './use-request';
import { Icon } from './Icon';

const INTERVALS: Array<[number, string]> = [
  [15, 'every 15 minutes'],
  [30, 'every 30 minutes'],
  [60, 'every hour'],
  [180, 'every 3 hours'],
  [360, 'every 6 hours'],
  [720, 'every 12 hours'],
  [1440, 'once a day'],
];

/** "just now", "20 minutes ago", "3 hours ago", "2 days ago"; "in 40 minutes" for the future. */
export function formatAgo(at: number, now = Date.now()): string {
  const minutes = Math.round((now - at) / 60_000);
  const ahead = minutes < 0;
  const m = Math.abs(minutes);
  const words =
    m < 1
      ? null
      : m < 60
        ? `${m} minute${m === 1 ? '' : 's'}`
        : m < 48 * 60
          ? `${Math.round(m / 60)} hour${Math.round(m / 60) === 1 ? '' : 's'}`
          : `${Math.round(m / 1440)} days`;
  if (!words) return ahead ? 'in a moment' : 'just now';
  return ahead ? `in ${words}` : `${words} ago`;
}

const hostOf = (url: string | null) => {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
};

function lastFetchText(feed: FeedView): string {
  if (feed.lastFetchAt === null) return 'Not fetched yet';
  const when = formatAgo(feed.lastFetchAt);
  if (feed.lastOutcome === 'not-modified') return `Fetched ${when}: nothing new`;
  if (feed.lastOutcome === 'added')
    return `Fetched ${when}: ${feed.lastAdded === 0 ? 'no new items' : `${feed.lastAdded} new item${feed.lastAdded === 1 ? '' : 's'} added`}`;
  return `Failed ${when}${feed.failures > 1 ? ` (${feed.failures} times in a row)` : ''}`;
}

function FeedRow({ feed, onChanged }: { feed: FeedView; onChanged: () => void }) {
  const connector = useConnector();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [forget, setForget] = useState(false);
  const intervalId = useId();
  const title = feed.title ?? hostOf(feed.url) ?? feed.url;
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  return (
    <li class="feed-row" aria-busy={busy}>
      <div class="feed-row-head">
        <div class="feed-row-text">
          <span class="feed-row-title">{title}</span>
          <span class="meta feed-url">{feed.url}</span>
          {feed.site && <span class="meta">Site: {hostOf(feed.site) ?? feed.site}</span>}
        </div>
        <div class="feed-row-actions">
          <button
            type="button"
            class="button"
            disabled={busy}
            aria-label={`Fetch ${title} now`}
            onClick={() => act(() => connector.send('fetch-feeds', { id: feed.id }))}
          >
            {busy ? 'Fetching…' : 'Fetch now'}
          </button>
          {!confirming && (
            <button
              type="button"
              class="button button-quiet"
              aria-label={`Remove ${title}`}
              onClick={() => setConfirming(true)}
            >
              Remove
            </button>
          )}
        </div>
      </div>
      <p class="feed-status">
        <span class={`badge ${feed.lastOutcome === 'error' ? 'badge-warn' : 'badge-kind'}`}>{lastFetchText(feed)}</span>
        <span class="meta">
          {feed.itemsAdded} item{feed.itemsAdded === 1 ? '' : 's'} added since subscribed · {feed.articles} in the
          corpus now
        </span>
      </p>
      {feed.lastError && (
        <p class="callout callout-warn feed-error">
          <span class="callout-icon">
            <Icon name="warning" />
          </span>
          <span>
            {feed.lastError} {feed.failures > 0 && <span class="muted">Next try {formatAgo(feed.nextFetchAt)}.</span>}
          </span>
        </p>
      )}
      <div class="feed-row-foot">
        <label for={intervalId}>Fetch</label>
        <select
          id={intervalId}
          value={String(feed.intervalMinutes)}
          onChange={(e) =>
            act(() =>
              connector.send('set-feed-interval', {
                id: feed.id,
                minutes: Number((e.target as HTMLSelectElement).value),
              }),
            )
          }
        >
          {INTERVALS.some(([m]) => m === feed.intervalMinutes) ? null : (
            <option value={String(feed.intervalMinutes)}>every {feed.intervalMinutes} minutes</option>
          )}
          {INTERVALS.map(([m, label]) => (
            <option key={m} value={String(m)}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {confirming && (
        <div class="confirm feed-confirm" role="group" aria-label={`Remove ${title}?`}>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={forget}
              onChange={(e) => setForget((e.target as HTMLInputElement).checked)}
            />
            Also delete its {feed.articles} article{feed.articles === 1 ? '' : 's'} from the corpus
          </label>
          <button
            type="button"
            class="button button-danger"
            disabled={busy}
            onClick={() => act(() => connector.send('remove-feed', { id: feed.id, forget }))}
          >
            Remove feed
          </button>
          <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * The Feeds section of the options page: subscribe by address or from an OPML list (asking for each
 * feed's host alone), and each feed's title, site, last fetch, items added and last error.
 */
export function FeedsPanel() {
  const connector = useConnector();
  const [feeds, setFeeds] = useState<FeedView[] | null>(null);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'warn'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  /** An OPML list read, waiting for a click to subscribe: access can be asked for only from a click. */
  const [pending, setPending] = useState<{
    name: string;
    feeds: Array<{ url: string; title: string | null; site: string | null }>;
    skipped: number;
  } | null>(null);
  const inputId = useId();
  const hintId = useId();

  useEffect(
    () =>
      connector.onBroadcast(
        (b) => (b.type === 'feeds-changed' || b.type === 'corpus-changed') && setVersion((v) => v + 1),
      ),
    [connector],
  );
  useEffect(() => {
    let current = true;
    connector.send('list-feeds', {}).then(
      (list) => current && setFeeds(list),
      (e: unknown) => current && setMessage({ kind: 'warn', text: errorText(e) }),
    );
    return () => {
      current = false;
    };
  }, [connector, version]);

  /** Asks for the hosts' access (one prompt for all), then subscribes. */
  const subscribe = async (list: Array<{ url: string; title?: string | null; site?: string | null }>, from: string) => {
    const origins = [...new Set(list.map((f) => feedOriginPattern(f.url)).filter((p): p is string => p !== null))];
    // Asked straight from the click: browsers grant permissions only inside a user gesture.
    const granted = connector.requestOriginAccess ? await connector.requestOriginAccess(origins) : false;
    if (!granted) {
      const hosts = origins.map((o) => o.replace(/^https?:\/\/|\/\*$/g, '')).join(', ');
      setMessage({
        kind: 'warn',
        text: `Access to ${hosts} was declined, so nothing was added: Reading Context can fetch a feed only from a site you allow, and asks for that site alone.`,
      });
      return;
    }
    setBusy(true);
    try {
      const { added, problems } = await connector.send('add-feeds', { feeds: list });
      const head =
        added > 0
          ? `${from}: ${added} feed${added === 1 ? '' : 's'} added and being fetched.`
          : `${from}: no feed added.`;
      setMessage({ kind: problems.length > 0 ? 'warn' : 'ok', text: [head, ...problems].join(' ') });
      if (added > 0) setDraft('');
    } catch (e) {
      setMessage({ kind: 'warn', text: errorText(e) });
    } finally {
      setBusy(false);
      setVersion((v) => v + 1);
    }
  };

  const addOne = (event: Event) => {
    event.preventDefault();
    const normal = normalizeFeedUrl(draft);
    if ('problem' in normal) {
      setMessage({ kind: 'warn', text: normal.problem });
      return;
    }
    void subscribe([{ url: normal.url }], normal.url);
  };

  const importOpml = async (file: File | undefined) => {
    if (!file) return;
    try {
      if (file.size > 5 * 1024 * 1024) throw new Error('the file is over 5 MB, more than a list of feeds needs');
      const list = parseOpml(await file.text());
      setMessage(null);
      setPending({ name: file.name, feeds: list.feeds, skipped: list.skipped });
    } catch (e) {
      setPending(null);
      setMessage({ kind: 'warn', text: `${file.name}: ${errorText(e)}. No feed was added.` });
    }
  };

  // The file input is made on demand, not kept in the page: the corpus import keeps the page's one file input.
  const chooseOpml = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.opml,.xml';
    input.addEventListener('change', () => void importOpml(input.files?.[0]));
    input.click();
  };

  return (
    <div class="feeds-panel">
      <p class="muted">
        Subscribe to the outlets you choose, and their articles fill your corpus by themselves. The only requests
        Reading Context makes are to the feed addresses you add here, each site asked for on its own.
      </p>
      <form class="inline-form" onSubmit={addOne}>
        <label for={inputId}>Feed address</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://example.com/feed.xml"
          value={draft}
          aria-describedby={hintId}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button button-primary" disabled={busy}>
          Add feed
        </button>
      </form>
      <p id={hintId} class="hint">
        RSS, Atom or JSON Feed. Or{' '}
        <button type="button" class="link-button" disabled={busy} onClick={chooseOpml}>
          import an OPML list of feeds…
        </button>
      </p>
      {pending && (
        <div class="callout opml-pending" role="group" aria-label={`Feeds in ${pending.name}`}>
          <span>
            <strong>{pending.name}</strong> lists {pending.feeds.length} feed{pending.feeds.length === 1 ? '' : 's'}
            {pending.skipped > 0 &&
              ` (${pending.skipped} address${pending.skipped === 1 ? '' : 'es'} not http(s) left out)`}
            :{' '}
            {pending.feeds
              .slice(0, 8)
              .map((f) => f.title ?? hostOf(f.url))
              .join(', ')}
            {pending.feeds.length > 8 && ', …'}
          </span>
          <span class="feed-row-actions">
            <button
              type="button"
              class="button button-primary"
              disabled={busy}
              onClick={() => {
                const { feeds: list, name } = pending;
                setPending(null);
                void subscribe(list, name);
              }}
            >
              Subscribe to {pending.feeds.length === 1 ? 'it' : `all ${pending.feeds.length}`}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setPending(null)}>
              Cancel
            </button>
          </span>
        </div>
      )}
      {message && (
        <p
          class={`callout ${message.kind === 'warn' ? 'callout-warn' : 'callout-ok'}`}
          role={message.kind === 'warn' ? 'alert' : 'status'}
        >
          {message.kind === 'warn' && (
            <span class="callout-icon">
              <Icon name="warning" />
            </span>
          )}
          <span>{message.text}</span>
        </p>
      )}
      {feeds && feeds.length > 0 && (
        <div class="feeds-toolbar">
          <span class="meta">
            {feeds.length} feed{feeds.length === 1 ? '' : 's'} · each fetched on its schedule; a failing feed is tried
            less often until it works again
          </span>
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => connector.send('fetch-feeds', {}).then(() => setVersion((v) => v + 1))}
          >
            Fetch all now
          </button>
        </div>
      )}
      {feeds === null ? null : feeds.length === 0 ? (
        <div class="empty">
          <p class="muted">No feeds yet: nothing is fetched.</p>
          <div class="next-actions" role="group" aria-label="What to do next">
            <button type="button" class="button button-small" onClick={() => document.getElementById(inputId)?.focus()}>
              Add a feed by its address
            </button>
            <button type="button" class="button button-quiet button-small" disabled={busy} onClick={chooseOpml}>
              Import an OPML list
            </button>
          </div>
        </div>
      ) : (
        <ul class="feed-list" aria-label="Feeds">
          {feeds.map((feed) => (
            <FeedRow key={feed.id} feed={feed} onChanged={() => setVersion((v) => v + 1)} />
          ))}
        </ul>
      )}
    </div>
  );
}
