import { describe, expect, it } from 'vitest';
import { SEND_RETRY_MS, sendWithRetry } from '../../lib/page/send-digest';

const noWait = async () => undefined;
const notYet = new Error('Could not establish connection. Receiving end does not exist.');

describe('sending a page reading to the background', () => {
  it('tries again while the background starts, and is taken on a later try', async () => {
    let tries = 0;
    const waits: number[] = [];
    const outcome = await sendWithRetry(
      async () => {
        if (++tries < 3) throw notYet;
      },
      () => false,
      async (ms) => void waits.push(ms),
    );
    expect(outcome).toBe('sent');
    expect(tries).toBe(3);
    expect(waits).toEqual(SEND_RETRY_MS.slice(0, 2));
  });

  it('stops at once when the extension was reloaded under the page', async () => {
    let tries = 0;
    const outcome = await sendWithRetry(
      async () => {
        tries++;
        throw new Error('Extension context invalidated.');
      },
      () => false,
      noWait,
    );
    expect(outcome).toBe('orphaned');
    expect(tries).toBe(1);
  });

  it('gives up after the last try, and stops when a newer reading takes over', async () => {
    let tries = 0;
    const failing = async () => {
      tries++;
      throw notYet;
    };
    expect(await sendWithRetry(failing, () => false, noWait)).toBe('failed');
    expect(tries).toBe(SEND_RETRY_MS.length + 1);
    tries = 0;
    expect(await sendWithRetry(failing, () => tries >= 2, noWait)).toBe('cancelled');
    expect(tries).toBe(2);
  });
});
