// The connector every component reaches the browser through, provided once per page.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browserConnector, type Connector } from './connector';

export const ConnectorContext = createContext<Connector>(browserConnector);

/** The page's connector: the real one, or the mock in tests and `?mock=1` pages. */
export function useConnector(): Connector {
  return useContext(ConnectorContext);
}
