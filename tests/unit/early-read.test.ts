import { describe, expect, it, vi } from 'vitest';
import { startEarlyRead, takeEarlyRead, type EarlyApi } from '../../components/early-read';
import { reportKey } from '../../lib/report/report-key';

/** An extension API with one active tab and session storage holding `stored`. */
function fakeApi(activeTab: number | null, stored: Record<string, unknown>) {
  const query = vi.fn(async () => (activeTab === null ? [] : [{ id: activeTab }]));
  const get = vi.fn(async (key: string) => (key in stored ? { [key]: stored[key] } : {}));
  const api: EarlyApi = { tabs: { query }, storage: { session: { get } } };
  return { api, query, get };
}

const report = (tabId: number) => ({ tabId, url: `https://example.org/${tabId}`, state: 'ready' });

describe('the popup reads its tab and kept report before its modules load', () => {
  it('reads the report of the tab named in the address, without asking for the active tab', async () => {
    const { api, query, get } = fakeApi(9, { [reportKey(12)]: report(12) });
    const holder = {};
    startEarlyRead(api, '?tab=12', holder);
    const early = takeEarlyRead(holder)!;
    expect(await early.tabId).toBe(12);
    expect(await early.report).toEqual(report(12));
    expect(query).not.toHaveBeenCalled();
    expect(get).toHaveBeenCalledWith(reportKey(12));
  });

  it('reads the active tab when the address names none', async () => {
    const { api } = fakeApi(7, { [reportKey(7)]: report(7), [reportKey(8)]: report(8) });
    const holder = {};
    startEarlyRead(api, '', holder);
    const early = takeEarlyRead(holder)!;
    expect(await early.tabId).toBe(7);
    expect(await early.report).toEqual(report(7));
  });

  it('gives null, not an error, when there is no tab, no kept report, or a call fails', async () => {
    const none = fakeApi(null, {});
    const a = {};
    startEarlyRead(none.api, '', a);
    const noTab = takeEarlyRead(a)!;
    expect(await noTab.tabId).toBeNull();
    expect(await noTab.report).toBeNull();
    expect(none.get).not.toHaveBeenCalled();

    const b = {};
    startEarlyRead(fakeApi(3, {}).api, '', b);
    expect(await takeEarlyRead(b)!.report).toBeNull();

    const failing: EarlyApi = {
      tabs: { query: async () => Promise.reject(new Error('no tabs here')) },
      storage: { session: { get: async () => Promise.reject(new Error('storage gone')) } },
    };
    const c = {};
    startEarlyRead(failing, '', c);
    const failed = takeEarlyRead(c)!;
    expect(await failed.tabId).toBeNull();
    const d = {};
    startEarlyRead(failing, '?tab=4', d);
    expect(await takeEarlyRead(d)!.report).toBeNull();
  });

  it('starts nothing for a mock page or without an extension API, and is taken once', async () => {
    const { api, query, get } = fakeApi(7, { [reportKey(7)]: report(7) });
    const mock = {};
    startEarlyRead(api, '?mock=1&tab=7', mock);
    expect(takeEarlyRead(mock)).toBeNull();
    expect(query).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();

    const bare = {};
    startEarlyRead(undefined, '?tab=7', bare);
    expect(takeEarlyRead(bare)).toBeNull();

    const once = {};
    startEarlyRead(api, '?tab=7', once);
    expect(takeEarlyRead(once)).not.toBeNull();
    expect(takeEarlyRead(once)).toBeNull();
  });
});
