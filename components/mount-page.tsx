// Starts a page: picks its connector (the mock with `?mock=1`, for screenshots and demos without a
// background) and renders the page's app inside it.
import { render, type ComponentChildren } from 'preact';
import { browserConnector, type Connector } from './connector';
import { ConnectorContext } from './connector-context';

/** Renders `app` into #app with the connector the page's address asks for. */
export async function mountPage(app: ComponentChildren): Promise<void> {
  const params = new URLSearchParams(location.search);
  let connector: Connector = browserConnector;
  if (params.has('mock')) {
    const { createMockConnector } = await import('./mock-connector');
    connector = createMockConnector({ lookup: params.get('lookup') !== '0', grantHostAccess: params.get('grant') !== '0' });
  }
  render(<ConnectorContext.Provider value={connector}>{app}</ConnectorContext.Provider>, document.getElementById('app')!);
}
