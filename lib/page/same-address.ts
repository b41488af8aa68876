// A content script speaks for the page it runs in, and nothing else: the address in its report must be
// the sending tab's own. A report naming another address comes from a confused or compromised script
// (or a page that navigated while it was read) and is refused, so no tab's report can hold another
// page's reading. Only the fragment may differ: "#comments" is the same page.

/** The address without its fragment, in the URL parser's normal form; null when it is not an address. */
function withoutFragment(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** Why a page's report may not be taken from this tab, or null when its address is the tab's. */
export function addressMismatch(reported: string, tabUrl: string | undefined): string | null {
  if (!tabUrl) return 'the sending tab has no known address, so the page it reports on cannot be checked';
  const page = withoutFragment(reported);
  const tab = withoutFragment(tabUrl);
  if (page === null || tab === null || page !== tab) {
    return `the report is for ${reported.slice(0, 200)}, but the sending tab is at ${tabUrl.slice(0, 200)}`;
  }
  return null;
}
