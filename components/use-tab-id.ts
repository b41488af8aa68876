// Which tab a page shows: the one named in its address (`?tab=12`), else the active tab, followed
// as the user switches tabs when the page lives beside them (the side panel).
import { useEffect, useState } from 'preact/hooks';
import { useConnector } from './connector-context';

export type TabIdState = { status: 'loading' } | { status: 'done'; tabId: number | null };

/** The tab to show: `fixed` when given, else the active tab, updated on tab changes when `follow`. */
export function useTabId(fixed: number | null, follow: boolean): TabIdState {
  const connector = useConnector();
  const [state, setState] = useState<TabIdState>(
    fixed === null ? { status: 'loading' } : { status: 'done', tabId: fixed },
  );
  useEffect(() => {
    if (fixed !== null) return;
    let current = true;
    connector.activeTabId().then(
      (tabId) => current && setState({ status: 'done', tabId }),
      () => current && setState({ status: 'done', tabId: null }),
    );
    const stop = follow ? connector.onActiveTabChange((tabId) => setState({ status: 'done', tabId })) : () => {};
    return () => {
      current = false;
      stop();
    };
  }, [connector, fixed, follow]);
  return state;
}
