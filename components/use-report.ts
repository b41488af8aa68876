// A tab's report, kept current: fetched when the tab changes and again on each `report-updated`.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabReport } from '../lib/types';
import { useConnector } from './connector-context';
import { errorText } from './use-request';

export type ReportLoad =
  { status: 'loading' } | { status: 'done'; report: TabReport | null } | { status: 'failed'; error: string };

export interface UseReport {
  state: ReportLoad;
  /** Asks the background to read the tab now (click-to-read, or after "nothing yet"). */
  readTab(): void;
}

/**
 * The report of `tabId`, refreshed by broadcasts; null tab id leaves it loading. `initial`, the tab's
 * kept report read before the first render, is shown from the start.
 */
export function useReport(tabId: number | null, initial: TabReport | null = null): UseReport {
  const connector = useConnector();
  const [state, setState] = useState<ReportLoad>(initial ? { status: 'done', report: initial } : { status: 'loading' });
  const opened = useRef(initial);

  useEffect(() => {
    if (tabId === null) return;
    let current = true;
    const load = (quiet: boolean) => {
      if (!quiet) setState({ status: 'loading' });
      // The kept report first (at once, even with the service worker stopped); the background only
      // when there is none, to say why (a page no extension may read, or nothing read yet).
      connector
        .storedReport(tabId)
        .then((stored) => stored ?? connector.send('get-report', { tabId }))
        .then(
          (report) => current && setState({ status: 'done', report }),
          (error: unknown) => current && setState({ status: 'failed', error: errorText(error) }),
        );
    };
    const shown = opened.current;
    opened.current = null;
    if (shown && shown.tabId === tabId) {
      // Shown since the first render; read again quietly in case it changed before this page
      // listened for updates, and left as it is when it did not (no second render).
      connector.storedReport(tabId).then(
        (stored) => {
          if (!current) return;
          if (!stored) load(true);
          else if (stored.updatedAt !== shown.updatedAt) setState({ status: 'done', report: stored });
        },
        () => undefined,
      );
    } else {
      load(false);
    }
    const stop = connector.onBroadcast((b) => {
      if (b.type === 'report-updated' && b.tabId === tabId) load(true);
    });
    return () => {
      current = false;
      stop();
    };
  }, [connector, tabId]);

  const readTab = useCallback(() => {
    if (tabId === null) return;
    connector.send('read-tab', { tabId }).then(
      (report) => setState({ status: 'done', report }),
      (error: unknown) => setState({ status: 'failed', error: errorText(error) }),
    );
  }, [connector, tabId]);

  return { state, readTab };
}
