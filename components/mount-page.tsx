// Starts a page: picks its connector (the mock with `?mock=1`, for screenshots and demos without a
// background) and renders the page's app inside it.
import { render, type ComponentChildren } from 'preact';
import { browserConnector, type Connector } from './connector';
import { ConnectorContext } from './connector-context';

/**
 * Renders `app` into #app with the connector the page's address asks for. `app` may be a function of
 * the connector that first reads what the page should open on, so its first render already shows it.
 */
export async function mountPage(
  app: ComponentChildren | ((connector: Connector) => ComponentChildren | Promise<ComponentChildren>),
): Promise<void> {
  const params = new URLSearchParams(location.search);
  let connector: Connector = browserConnector;
  if (params.has('mock')) {
    const { createMockConnector } = await import('./mock/connector');
    connector = createMockConnector({
      lookup: params.get('lookup') !== '0',
      grantHostAccess: params.get('grant') !== '0',
    });
  }
  const ui = typeof app === 'function' ? await app(connector) : app;
  render(
    <ConnectorContext.Provider value={connector}>{ui}</ConnectorContext.Provider>,
    document.getElementById('app')!,
  );
  // The first render is committed (the popup's with its kept report), for the timing breakdown.
  performance.mark('page:first-render');
}
