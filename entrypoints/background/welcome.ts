// The first run: on a first install (not an update, nor a browser update) the welcome page opens in
// a tab. The reason and what was done are kept in session storage for the end-to-end tests.
import { browser } from 'wxt/browser';

export const INSTALL_KEY = 'install';

export async function onInstalled(reason: string): Promise<void> {
  const welcomed = reason === 'install';
  await (browser.storage.session ?? browser.storage.local)
    .set({ [INSTALL_KEY]: { reason, welcomed, at: Date.now() } })
    .catch(() => undefined);
  if (welcomed) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
}
