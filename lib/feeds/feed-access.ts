// The host permission a feed needs: its origin as a match pattern (a pattern has no port, so
// "http://127.0.0.1/*" covers every port of that host).

/** The match pattern of a feed's host, or null for an address that is not http(s). */
export function feedOriginPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** A feed address as typed by a person, made absolute (https:// added when no scheme is given), or why not. */
export function normalizeFeedUrl(input: string): { url: string } | { problem: string } {
  const text = input.trim();
  if (!text) return { problem: 'Type the address of a feed.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return { problem: `“${text.slice(0, 100)}” is not a web address.` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return { problem: `A feed address must start with http:// or https://, not ${u.protocol}` };
  if (u.username || u.password) return { problem: 'A feed address may not carry a user name or password.' };
  u.hash = '';
  return { url: u.href };
}
