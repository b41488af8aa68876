// The mock connector as a classic script of its own (`/popup-mock.js`), loaded by the popup only when
// it is opened with `?mock=1` (screenshots and demos). Inside the popup's one script file it was half
// of it: the mock's fixtures and the feed answers, which bring the corpus compiler, came to 55 of its
// 113 kB, compiled at every opening (components/mount-page.tsx loads it).
import { createMockConnector } from '../components/mock/connector';
import { MOCK_CONNECTOR_SLOT } from '../components/mock-slot';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[MOCK_CONNECTOR_SLOT] = createMockConnector;
});
