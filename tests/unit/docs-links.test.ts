// Every picture and relative link in README.md and docs/*.md names a file that is in the repository:
// a visitor never meets a broken image or a dead link to the project's own files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The targets of the Markdown links and images (`[text](target)`, `![alt](target)`) and HTML src/href of `markdown`, outside code. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const targets: string[] = [];
  for (const m of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
  for (const m of prose.matchAll(/\b(?:src|href)="([^"]+)"/g)) targets.push(m[1]);
  return targets;
}

/** The repository path a relative target of `doc` names, or null for a web address or an anchor. */
function localPath(doc: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return null;
  const file = decodeURIComponent(target.split('#')[0].split('?')[0]);
  return path.join(path.dirname(path.join(ROOT, doc)), file);
}

describe('the documentation', () => {
  it('finds the links and pictures a document names', () => {
    expect(
      linkTargets(
        'See ![a](docs/x.png), [b](DESIGN.md#top "t"), <img src="y.png">, `[c](not-a-link.md)` and [d](https://example.org).',
      ),
    ).toEqual(['docs/x.png', 'DESIGN.md#top', 'https://example.org', 'y.png']);
  });

  it.each(DOCS)('%s: every picture and relative link names a file in the repository', (doc) => {
    const missing = linkTargets(readFileSync(path.join(ROOT, doc), 'utf8'))
      .map((target) => [target, localPath(doc, target)] as const)
      .filter(([, file]) => file !== null && !existsSync(file))
      .map(([target]) => target);
    expect(missing).toEqual([]);
  });

  it('README.md shows its pictures, and git ignores none of them', () => {
    const pictures = linkTargets(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).filter((t) =>
      /\.(png|jpe?g|gif|svg|webp)$/i.test(t),
    );
    expect(pictures.length).toBeGreaterThan(0);
    // `git check-ignore` exits 0 for an ignored path, 1 for one that is not.
    const ignored = pictures.filter(
      (p) => spawnSync('git', ['check-ignore', '--no-index', '-q', p], { cwd: ROOT }).status === 0,
    );
    expect(ignored).toEqual([]);
  });
});
