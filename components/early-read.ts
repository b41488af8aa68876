// The popup's first question, asked before its page script has loaded: which tab it shows and that tab's
// kept report. `entrypoints/popup-early.ts`, a small classic script in the popup's <head>, starts it as
// soon as the page is parsed, while the browser is still fetching and compiling the popup's script;
// `entrypoints/popup-main.ts` then takes the answer instead of asking again. Without Preact or the
// browser polyfill, so the script stays a few hundred bytes.
import type { TabReport } from '../lib/types';
import { reportKey } from '../lib/report/report-key';
import { tabIdFromSearch } from './tab-from-search';

/** The two calls the early read makes, as Chrome's `chrome` and Firefox's `browser` both offer them. */
export interface EarlyApi {
  tabs?: { query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
  storage?: { session?: { get(key: string): Promise<Record<string, unknown>> } };
}

/** The tab the popup shows (null when none) and its kept report (null when none is kept). */
export interface EarlyRead {
  tabId: Promise<number | null>;
  report: Promise<TabReport | null>;
}

const SLOT = '__readingContextEarlyRead';
type Holder = { [SLOT]?: EarlyRead };

/**
 * Starts the reads and leaves them where `takeEarlyRead` finds them. Nothing is started for a page
 * opened with `?mock=1` (screenshots and demos), whose connector answers from the mock instead.
 */
export function startEarlyRead(api: EarlyApi | undefined, search: string, holder: object = globalThis): void {
  if (!api || new URLSearchParams(search).has('mock')) return;
  const named = tabIdFromSearch(search);
  const tabId: Promise<number | null> =
    named !== null
      ? Promise.resolve(named)
      : api.tabs
        ? api.tabs.query({ active: true, currentWindow: true }).then(
            ([tab]) => tab?.id ?? null,
            () => null,
          )
        : Promise.resolve(null);
  const report = tabId.then(async (id) => {
    const area = api.storage?.session;
    if (id === null || !area) return null;
    try {
      const key = reportKey(id);
      const stored = (await area.get(key))[key] as TabReport | undefined;
      // When the kept report arrived, for the popup's timing breakdown (bench/popup-bench.ts).
      performance.mark('report:session-read');
      return stored ?? null;
    } catch {
      return null;
    }
  });
  (holder as Holder)[SLOT] = { tabId, report };
}

/** The reads `startEarlyRead` began on this page, once (null when it did not run). */
export function takeEarlyRead(holder: object = globalThis): EarlyRead | null {
  const early = (holder as Holder)[SLOT] ?? null;
  delete (holder as Holder)[SLOT];
  return early;
}
