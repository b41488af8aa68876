// Node side of the compiler: reads `seeds/*.txt` and `seeds/outlets.json` from disk, as bytes, so
// that a binary file or another encoding is caught rather than silently decoded.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadOutlets } from '../sources/outlets';
import { compileCorpus, type CorpusAsset, type SeedFile } from './compile-corpus';
import { SeedError } from './parse-seed';

export const MAX_SEED_BYTES = 16 * 1024 * 1024;

/** Decodes UTF-8 strictly: a file in another encoding is an error naming it, not mojibake. */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_SEED_BYTES)
    throw new SeedError(
      name,
      `is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_SEED_BYTES / 1048576} MB limit for one text`,
    );
  if (bytes.includes(0)) throw new SeedError(name, 'the file is binary (it contains NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SeedError(name, 'the file is not valid UTF-8 text (binary or another encoding)');
  }
}

export async function readSeedDir(dir: string): Promise<CorpusAsset> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const files: SeedFile[] = [];
  for (const name of names) files.push({ name, text: decodeText(name, await readFile(join(dir, name))) });
  let outletsJson: unknown;
  try {
    outletsJson = JSON.parse(await readFile(join(dir, 'outlets.json'), 'utf8'));
  } catch (error) {
    throw new SeedError('outlets.json', `cannot be read as JSON: ${(error as Error).message}`);
  }
  return compileCorpus(files, loadOutlets(outletsJson));
}
