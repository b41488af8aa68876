// Real news sentences for the benchmark generator, read in Node from the seeds and the fixture pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSentencePool(root = process.cwd()): string[] {
  const files = [
    ...readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(root, 'seeds', f)),
    ...readdirSync(join(root, 'tests/fixtures/match'))
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => join(root, 'tests/fixtures/match', f)),
  ];
  const pool = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
      .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, '\n');
    for (const s of text.split(/(?<=[.!?])\s+|\n+/)) {
      const t = s.trim();
      if (t.split(/\s+/).length >= 8 && /[.!?”"]$/.test(t)) pool.add(t);
    }
  }
  return [...pool];
}
