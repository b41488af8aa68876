// Starts a page: picks its connector (the mock with `?mock=1`, for screenshots and demos without a
// background) and renders the page's app inside it.
import { render, type ComponentChildren } from 'preact';
import { browserConnector, type Connector } from './connector';
import { ConnectorContext } from './connector-context';
import { MOCK_CONNECTOR_SLOT } from './mock-slot';

export type CreateMock = typeof import('./mock/connector').createMockConnector;

/**
 * The mock's factory from a classic script of its own, for a page built as one classic file (the popup),
 * into which a dynamic import would be inlined and compiled at every opening.
 */
export function mockFromScript(src = '/popup-mock.js'): () => Promise<CreateMock> {
  return () =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => {
        const create = (globalThis as Record<string, unknown>)[MOCK_CONNECTOR_SLOT] as CreateMock | undefined;
        if (create) resolve(create);
        else reject(new Error(`${src} did not provide the mock connector`));
      };
      script.onerror = () => reject(new Error(`${src} could not be loaded`));
      document.head.append(script);
    });
}

/**
 * Renders `app` into #app with the connector the page's address asks for. `app` may be a function of
 * the connector that first reads what the page should open on, so its first render already shows it.
 */
export async function mountPage(
  app: ComponentChildren | ((connector: Connector) => ComponentChildren | Promise<ComponentChildren>),
  /** How the page loads the mock: `mockFromChunk` (mock-chunk.ts) on a module page, `mockFromScript` in the popup. */
  loadMock: () => Promise<CreateMock>,
): Promise<void> {
  const params = new URLSearchParams(location.search);
  let connector: Connector = browserConnector;
  if (params.has('mock')) {
    const createMockConnector = await loadMock();
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
