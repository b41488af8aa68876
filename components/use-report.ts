// A tab's report, kept current: fetched when the tab changes and again on each `report-updated`.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabReport } from '../lib/types';
import { useConnector } from './connector-context';
import { errorText } from './use-request';

export type ReportLoad =
  | { status: 'loading' }
  | { status: 'done'; report: TabReport | null }
  | { status: 'failed'; error: string };

export interface UseReport {
  state: ReportLoad;
  /** Asks the background to read the tab now (click-to-read, or after "nothing yet"). */
  readTab(): void;
}

/** The report of `tabId`, refreshed by broadcasts; null tab id leaves it loading. */
export function useReport(tabId: number | null): UseReport {
  const connector = useConnector();
  const [state, setState] = useState<ReportLoad>({ status: 'loading' });

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
    load(false);
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
