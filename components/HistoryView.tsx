import { useEffect, useId, useState } from 'preact/hooks';
import { HISTORY_PAGE as PAGE, type KeptHistory, type KeptPosition } from '../lib/store/keep-store';
import { useConnector } from './connector-context';
import { formatBytes } from './format-bytes';
import { formatDate } from './format-date';
import { NextActions } from './NextActions';
import { errorText } from './use-request';
import { useSettings } from './use-settings';

/** A day typed in a date field ("2024-03-16") as the span of that local day, in ms. */
function daySpan(day: string): { from: number; to: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const from = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  const to = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime();
  return { from, to };
}

const when = (ms: number) => new Date(ms).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "51–100 of 1,234" when the index counted them; what a search read when it did not. */
function pagerText(history: KeptHistory, page: number): string {
  const first = page * PAGE + 1;
  const shown = history.articles.length;
  if (history.matching !== null) return `${first}–${page * PAGE + shown} of ${history.matching.toLocaleString('en')}`;
  const found = shown === 0 ? 'none found' : shown === 1 ? '1 found' : `${shown} found`;
  if (history.next) return `${found} in the ${history.scanned.toLocaleString('en')} searched`;
  return `${found}, the end of the list`;
}

/** The articles kept as read: search, filters by outlet, site and day, counts and storage, and forgetting. */
export function HistoryView() {
  const connector = useConnector();
  const { settings } = useSettings();
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState('');
  const [outlet, setOutlet] = useState('');
  const [site, setSite] = useState('');
  const [day, setDay] = useState('');
  // Where each page shown so far starts (the first at the most recent): Previous goes back one.
  const [starts, setStarts] = useState<Array<KeptPosition | undefined>>([undefined]);
  const firstPage = () => setStarts([undefined]);
  const [history, setHistory] = useState<KeptHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [version, setVersion] = useState(0);
  const ids = { search: useId(), outlet: useId(), site: useId(), day: useId() };

  useEffect(() => connector.onBroadcast((b) => b.type === 'corpus-changed' && setVersion((v) => v + 1)), [connector]);
  useEffect(() => {
    if (draft === query) return;
    const timer = setTimeout(() => {
      setQuery(draft);
      firstPage();
    }, 250);
    return () => clearTimeout(timer);
  }, [draft]);
  useEffect(() => {
    let current = true;
    const span = day ? daySpan(day) : null;
    const after = starts[starts.length - 1];
    const filter = { query: query || undefined, outlet: outlet || undefined, site: site || undefined, ...(span ?? {}) };
    connector.send('kept-history', { ...filter, ...(after ? { after } : {}), limit: PAGE }).then(
      (h) => {
        if (!current) return;
        setHistory(h);
        setError(null);
        // A page emptied by forgetting: back to the first.
        if (h.articles.length === 0 && !h.next && starts.length > 1) firstPage();
      },
      (e: unknown) => current && setError(errorText(e)),
    );
    return () => {
      current = false;
    };
  }, [connector, query, outlet, site, day, starts, version]);

  const forget = (request: Parameters<typeof connector.send<'forget-kept'>>[1], what: string) =>
    connector.send('forget-kept', request).then(
      (r) =>
        setNote(
          r.forgotten === 0
            ? `Nothing to forget ${what}.`
            : `Forgot ${r.forgotten} ${r.forgotten === 1 ? 'article' : 'articles'} ${what}.`,
        ),
      (e: unknown) => setNote(`Couldn’t forget: ${errorText(e)}`),
    );

  const span = day ? daySpan(day) : null;
  const filtered = Boolean(query || outlet || site || day);
  const limitBytes = (settings?.keepMaxMegabytes ?? 500) * 1024 * 1024;
  return (
    <div class="history">
      {history && (
        <dl class="stats">
          <div class="stat">
            <dt>Articles kept</dt>
            <dd>
              {history.kept.toLocaleString('en')}
              <span class="meta"> of {(settings?.keepMaxArticles ?? 20_000).toLocaleString('en')}</span>
            </dd>
          </div>
          <div class="stat">
            <dt>Storage they take</dt>
            <dd>
              {formatBytes(history.bytes)}
              <span class="meta"> of {formatBytes(limitBytes)}</span>
            </dd>
          </div>
          <div class="stat">
            <dt>Sites</dt>
            <dd>{history.sites.length.toLocaleString('en')}</dd>
          </div>
          <div class="stat">
            <dt>Outlets</dt>
            <dd>{history.outlets.length.toLocaleString('en')}</dd>
          </div>
        </dl>
      )}
      <div class="history-filters">
        <label for={ids.search}>
          Search
          <input
            id={ids.search}
            type="search"
            placeholder="Title, outlet, author or address"
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
        </label>
        <label for={ids.outlet}>
          Outlet
          <select
            id={ids.outlet}
            value={outlet}
            onChange={(e) => (setOutlet((e.target as HTMLSelectElement).value), firstPage())}
          >
            <option value="">All outlets</option>
            {history?.outlets.map((o) => (
              <option key={o.name} value={o.name}>
                {o.name} ({o.count})
              </option>
            ))}
          </select>
        </label>
        <label for={ids.site}>
          Site
          <select
            id={ids.site}
            value={site}
            onChange={(e) => (setSite((e.target as HTMLSelectElement).value), firstPage())}
          >
            <option value="">All sites</option>
            {history?.sites.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} ({s.count})
              </option>
            ))}
          </select>
        </label>
        <label for={ids.day}>
          Read on
          <input
            id={ids.day}
            type="date"
            value={day}
            onChange={(e) => (setDay((e.target as HTMLInputElement).value), firstPage())}
          />
        </label>
      </div>
      {error && <p class="field-error">Couldn’t list the kept articles: {error}</p>}
      {history && history.articles.length === 0 && (
        <div class="empty">
          {history.next ? (
            <p>
              None of the {history.scanned.toLocaleString('en')} kept articles searched here matches: search further to
              go on.
            </p>
          ) : filtered ? (
            <p>No kept article matches these filters.</p>
          ) : (
            <>
              <p>
                {settings?.keepRead
                  ? 'No article kept yet: the articles you read will appear here.'
                  : 'Nothing is kept: “keep the articles I read” is off.'}
              </p>
              <NextActions actions={['keep', 'import']} newTab={false} />
            </>
          )}
        </div>
      )}
      {history && history.articles.length > 0 && (
        <ul class="article-rows" aria-label="Kept articles">
          {history.articles.map((a) => (
            <li class="article-row" key={a.id}>
              <div class="article-row-text">
                <span class="article-row-title">{a.title || 'Untitled article'}</span>
                <span class="meta">
                  {a.outlet ?? 'outlet unknown'} · {a.site ?? 'no address'} · published {formatDate(a.published)} · read{' '}
                  {when(a.addedAt)}
                </span>
              </div>
              <button
                type="button"
                class="button button-quiet"
                aria-label={`Forget “${a.title}”`}
                onClick={() => void forget({ scope: 'article', id: a.id }, '')}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
      {history && (history.next || starts.length > 1) && (
        <nav class="pager" aria-label="Pages of kept articles">
          <button
            type="button"
            class="button"
            disabled={starts.length === 1}
            onClick={() => setStarts(starts.slice(0, -1))}
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          <span class="pager-text">{pagerText(history, starts.length - 1)}</span>
          <button
            type="button"
            class="button"
            disabled={!history.next}
            onClick={() => history.next && setStarts([...starts, history.next])}
          >
            {history.articles.length < PAGE ? 'Search further' : 'Next'}
            <span aria-hidden="true"> →</span>
          </button>
        </nav>
      )}
      {history && history.kept > 0 && (
        <div class="history-actions">
          {site && (
            <button
              type="button"
              class="button"
              onClick={() => void forget({ scope: 'site', site }, `from ${site}`).then(() => setSite(''))}
            >
              Forget everything kept from {site}
            </button>
          )}
          {span && (
            <button
              type="button"
              class="button"
              onClick={() => void forget({ scope: 'span', ...span }, `read on ${day}`).then(() => setDay(''))}
            >
              Forget what was read on {day}
            </button>
          )}
          {confirmAll ? (
            <span class="confirm" role="group" aria-label="Forget every kept article?">
              <span class="confirm-text">Forget all {history.kept.toLocaleString('en')} kept articles?</span>
              <button
                type="button"
                class="button button-danger"
                onClick={() => void forget({ scope: 'all' }, 'kept automatically').then(() => setConfirmAll(false))}
              >
                Forget all
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirmAll(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" class="button button-danger" onClick={() => setConfirmAll(true)}>
              Forget everything kept
            </button>
          )}
        </div>
      )}
      <p class="save-note" role="status">
        {note}
      </p>
    </div>
  );
}
