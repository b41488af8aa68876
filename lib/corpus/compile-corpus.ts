// The corpus compiler: seed texts and outlet profiles in, the bundled corpus asset out, with a
// version derived from the compiled content. All or nothing: one bad seed fails the whole build
// with its file named, so a half-formed corpus is never emitted.
import type { Article, OutletProfile } from '../types';
import type { BundledCorpus } from '../store/corpus-store';
import { analyzeArticle } from './analyze-article';
import { hash64 } from './content-id';
import { parseText, SeedError, toArticle } from './parse-seed';
import { resolveOutlets } from './resolve-outlets';

export interface SeedFile {
  name: string;
  text: string;
}

/** The bundled corpus asset: articles ready to store, and the outlet profiles. */
export interface CorpusAsset extends BundledCorpus {
  outlets: OutletProfile[];
}

/** Turns one text into a complete article (parsed, outlets resolved, figures and sources read). */
/** One text as an article; a header date that cannot be read is said in `warnings`, naming the file. */
export function compileArticle(
  file: SeedFile,
  profiles: OutletProfile[],
  origin: Article['origin'],
  warnings?: string[],
): Article {
  const parsed = parseText(file.name, file.text);
  const article = analyzeArticle(resolveOutlets(toArticle(parsed, origin, file.name), parsed, profiles));
  if (parsed.unreadDate !== undefined && warnings) {
    const unread = `${file.name}: the date in its header cannot be read (${JSON.stringify(parsed.unreadDate.slice(0, 40))})`;
    const instead = article.published
      ? `the date its text gives, ${article.published.iso}, is used`
      : 'imported with the date unknown';
    warnings.push(`${unread}: ${instead}. Write it as 2024-03-16 to keep it.`);
  }
  return article;
}

export function compileCorpus(files: SeedFile[], profiles: OutletProfile[]): CorpusAsset {
  if (files.length === 0) throw new SeedError('seeds/', 'no seed files (*.txt) found');
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const article = compileArticle(file, profiles, 'bundled');
    const twin = seen.get(article.id);
    if (twin) throw new SeedError(file.name, `has the same text as ${twin}`);
    seen.set(article.id, file.name);
    articles.push(article);
  }
  const version = `c${hash64(JSON.stringify({ articles, profiles }))}`;
  return { version, articles: articles.map((a) => ({ ...a, corpusVersion: version })), outlets: profiles };
}
