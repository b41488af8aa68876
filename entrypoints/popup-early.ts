// A classic script in the popup's <head> (entrypoints/popup/index.html): starts reading the tab's kept
// report while the popup's page script loads (components/early-read.ts says why).
import { startEarlyRead, type EarlyApi } from '../components/early-read';

export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: EarlyApi; chrome?: EarlyApi };
  // Firefox's `browser` answers with promises; Chrome's `chrome` does too, under Manifest V3.
  startEarlyRead(scope.browser ?? scope.chrome, location.search);
});
