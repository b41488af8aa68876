// The extension pages hear the background's broadcasts only from the extension itself: its worker
// or another of its pages, never a content script sending a broadcast's type from a web page.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onBroadcast } from '../../components/connector';
import type { Broadcast } from '../../lib/messages';

const ID = fakeBrowser.runtime.id;
const ORIGIN = fakeBrowser.runtime.getURL('/');

async function heard(message: unknown, sender: object): Promise<Broadcast[]> {
  const got: Broadcast[] = [];
  const stop = onBroadcast((b) => got.push(b));
  await fakeBrowser.runtime.onMessage.trigger(message, sender);
  stop();
  return got;
}

afterEach(() => fakeBrowser.reset());

describe('onBroadcast', () => {
  const update = { type: 'report-updated', tabId: 3 };

  it('hears the worker and the extension pages', async () => {
    expect(await heard(update, { id: ID, url: `${ORIGIN}background.js` })).toEqual([update]);
    expect(await heard(update, { id: ID })).toEqual([update]);
    // An extension page open in a tab (the options page) has a tab, at the extension's address.
    expect(
      await heard(
        { type: 'corpus-changed' },
        { id: ID, url: `${ORIGIN}options.html`, tab: { id: 4, url: `${ORIGIN}options.html` } },
      ),
    ).toEqual([{ type: 'corpus-changed' }]);
  });

  it('ignores a content script, another extension and messages that are no broadcast', async () => {
    expect(
      await heard(update, {
        id: ID,
        url: 'https://news.example/a',
        tab: { id: 3, url: 'https://news.example/a' },
        frameId: 0,
      }),
    ).toEqual([]);
    expect(await heard(update, { id: ID, tab: { id: 3 } })).toEqual([]);
    expect(await heard(update, { id: 'another-extension', url: `${ORIGIN}background.js` })).toEqual([]);
    expect(await heard({ type: 'page-digest' }, { id: ID })).toEqual([]);
    expect(await heard(['report-updated'], { id: ID })).toEqual([]);
  });
});
