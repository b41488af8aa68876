// A page digest written as a seed text with a header block, so that a saved or imported page goes
// through the same parser as every other article and states its credits outright.
import type { PageDigest } from '../types';

const line = (key: string, value: string | null | undefined) =>
  value && value.trim() ? `${key}: ${value.replace(/\s+/g, ' ').trim()}\n` : '';

export function digestToText(digest: PageDigest): string {
  const url = digest.canonical ?? digest.url;
  return (
    line('Title', digest.title) +
    line('Outlet', digest.site) +
    line('Original publisher', digest.originalPublisher) +
    line('Author', digest.byline) +
    line('Published', digest.published) +
    line('URL', /^https?:/i.test(url) ? url : null) +
    line('Language', digest.language) +
    line('Dateline', digest.dateline) +
    '---\n' +
    digest.text
  );
}
