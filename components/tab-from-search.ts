// The tab a page was opened for, from its address: kept apart from the hooks so that the popup's
// early read (components/early-read.ts) can use it without loading Preact.

/** The tab id from `?tab=<id>` in a page address, or null when absent or not a number. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
