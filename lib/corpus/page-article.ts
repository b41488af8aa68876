// A page the user saves, or keeps as they read, becomes an article as every text does (its digest
// written as a seed text, then compiled), with its publisher as its served address shows it: the
// served address is recorded, and a site the page only claims to be is recorded as its claim, never
// as that outlet's profile (lib/sources/served-publisher.ts).
import type { Article, OutletProfile, PageDigest } from '../types';
import { servedPublisher } from '../sources/served-publisher';
import { compileArticle } from './compile-corpus';
import { digestToText } from './digest-to-text';

/** The article a read page makes, for the user's corpus. */
export function pageArticle(digest: PageDigest, profiles: OutletProfile[]): Article {
  const publisher = servedPublisher(digest, profiles);
  const text = digestToText({ ...digest, canonical: publisher.url, site: publisher.name });
  const article = compileArticle({ name: publisher.url, text }, profiles, 'user');
  if (!publisher.servedFrom) return article;
  return {
    ...article,
    // Whatever the text credits (a dateline's agency included), the publisher is the served site's.
    outlet: {
      name: publisher.name ?? publisher.servedFrom,
      domain: publisher.servedFrom,
      profileId: publisher.profileId,
    },
    servedUrl: publisher.servedUrl,
    ...(publisher.claim ? { publisherClaim: publisher.claim } : {}),
  };
}
