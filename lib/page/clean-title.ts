// Cleans a page title: removes the " | Site Name" a page appends (or prepends) to its headline, but
// only when that part is the site's name, so a headline with a dash or a bar of its own stays whole.

const SEPARATORS = ['|', '-', '–', '—', '·', '•', '::', ':', '/', '»', '«'];

/** Lower-cased letters and digits only, for comparing "The Verge" with "the verge" or "TheVerge". */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `part` names the site: its name, or its host with or without the top-level domain. */
function namesSite(part: string, site: string | null, host: string | null): boolean {
  const squashed = squash(part);
  if (!squashed) return false;
  if (site && squashed === squash(site)) return true;
  if (host) {
    if (squashed === squash(host)) return true;
    const label = host.split('.').slice(0, -1).join('.');
    if (label && squashed === squash(label)) return true;
  }
  return false;
}

/** `title` without a leading or trailing part that names the site; the title itself when nothing does. */
export function stripSiteFromTitle(title: string, site: string | null, host: string | null): string {
  for (const sep of SEPARATORS) {
    const spaced = ` ${sep} `;
    const last = title.lastIndexOf(spaced);
    if (last > 0 && namesSite(title.slice(last + spaced.length), site, host)) {
      const head = title.slice(0, last).trim();
      if (head) return head;
    }
    const first = title.indexOf(spaced);
    if (first > 0 && namesSite(title.slice(0, first), site, host)) {
      const tail = title.slice(first + spaced.length).trim();
      if (tail) return tail;
    }
  }
  return title;
}
