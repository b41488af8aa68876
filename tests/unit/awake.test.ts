import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { whileAwake } from '../../entrypoints/background/awake';

describe('long work keeps the service worker running', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('makes an extension call every 20 s while the work runs, and none once it has ended', async () => {
    vi.useFakeTimers();
    const call = vi
      .spyOn(browser.runtime, 'getPlatformInfo')
      .mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
    let finish!: (value: number) => void;
    const done = whileAwake(() => new Promise<number>((ok) => (finish = ok)));
    await vi.advanceTimersByTimeAsync(19_000);
    expect(call).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(65_000);
    // 84 s of work: calls at 20, 40, 60 and 80 s, each well inside the browser's 30 s idle limit.
    expect(call).toHaveBeenCalledTimes(4);
    finish(7);
    expect(await done).toBe(7);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(call).toHaveBeenCalledTimes(4);
  });

  it('stops calling when the work fails, and passes the failure on', async () => {
    vi.useFakeTimers();
    const call = vi.spyOn(browser.runtime, 'getPlatformInfo').mockRejectedValue(new Error('the worker is going away'));
    const done = whileAwake(async () => {
      await new Promise((ok) => setTimeout(ok, 45_000));
      throw new Error('storage full');
    });
    const outcome = done.catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(await outcome).toBe('storage full');
    expect(call).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(call).toHaveBeenCalledTimes(2);
  });
});
