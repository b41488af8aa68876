// Who published a page is read from where it was served, not from what the page says of itself. A
// canonical link, og:url, og:site_name or JSON-LD publisher naming another site is the page's claim,
// and any page can make it: a copy on 127.0.0.1 can call itself Reuters. So a claim is shown as one
// ("says it is from Reuters; served from 127.0.0.1"), and an outlet's profile is attached only when
// the served address bears it out. An open credit ("First published by Tehran Times") is another
// thing: the page says someone else published first, and it stays a credit (see read-page.ts).
import type { OutletProfile, PageDigest, PublisherClaim, ServedPublisher } from '../types';
import { hostOf } from '../page/safe-url';
import { findOutlet } from './outlets';

/** Two-part public suffixes under a country code ("co.uk", "com.au"): their sites have three labels. */
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'gov',
  'ac',
  'edu',
  'ne',
  'or',
  'go',
  'gob',
  'nic',
  'mil',
  'ltd',
  'plc',
]);

/**
 * The site an address belongs to: its registrable domain ("news.bbc.co.uk" → "bbc.co.uk",
 * "en.mehrnews.com" → "mehrnews.com"); an IP address or a one-label host is its own site. Without
 * the full public suffix list this is an approximation that errs on the side of "another site".
 */
export function siteOfHost(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  const labels = h.split('.');
  const take = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

type DigestFields = Pick<PageDigest, 'url' | 'canonical' | 'site'>;

/**
 * The page's address as the corpus records and looks it up: its canonical address when that is on the
 * site it was served from, else the served one (another site's address is only the page's claim).
 */
export function pageAddress(page: Pick<PageDigest, 'url' | 'canonical'>): string {
  const served = hostOf(page.url);
  const canonicalHost = hostOf(page.canonical);
  if (!page.canonical || (served && (!canonicalHost || siteOfHost(canonicalHost) !== siteOfHost(served))))
    return page.url;
  return page.canonical;
}

/** The publisher a page's address shows, and what the page claims beyond it. */
export function servedPublisher(page: DigestFields, profiles: OutletProfile[]): ServedPublisher {
  const served = hostOf(page.url);
  const site = page.site?.trim() || null;
  if (!served) {
    // A file the user imported: no server vouches for it, and the user chose it; it is read as it says.
    const profile = findOutlet(profiles, { name: site, domain: page.canonical });
    return {
      servedUrl: page.url,
      servedFrom: null,
      name: profile?.names[0] ?? site,
      profileId: profile?.id ?? null,
      url: page.canonical ?? page.url,
      claim: null,
    };
  }
  const canonicalHost = hostOf(page.canonical);
  const addressElsewhere = !!canonicalHost && siteOfHost(canonicalHost) !== siteOfHost(served);
  const servedProfile = findOutlet(profiles, { domain: served });
  const named = site ? findOutlet(profiles, { name: site }) : null;
  // The page's name for itself is borne out when it names the profile of the site that served it.
  const nameBorneOut = !!named && named === servedProfile;
  const nameElsewhere = !!named && !nameBorneOut;
  const claimed = nameElsewhere || (addressElsewhere && !nameBorneOut);
  const url = pageAddress(page);
  if (!claimed) {
    const name = site ? (named?.names[0] ?? site) : (servedProfile?.names[0] ?? served);
    return { servedUrl: page.url, servedFrom: served, name, profileId: servedProfile?.id ?? null, url, claim: null };
  }
  const canonicalProfile = addressElsewhere ? findOutlet(profiles, { domain: canonicalHost }) : null;
  const by: PublisherClaim['by'] = [];
  if (addressElsewhere) by.push('address');
  if (nameElsewhere) by.push('name');
  return {
    servedUrl: page.url,
    servedFrom: served,
    name: servedProfile?.names[0] ?? served,
    profileId: servedProfile?.id ?? null,
    url,
    claim: {
      name: site ?? canonicalProfile?.names[0] ?? canonicalHost ?? served,
      url: addressElsewhere ? page.canonical : null,
      by,
    },
  };
}

/** The words for a claim: "says it is from Reuters; served from 127.0.0.1". */
export function claimWords(claim: PublisherClaim, servedFrom: string | null): string {
  return `says it is from ${claim.name}; served from ${servedFrom ?? 'an unknown address'}`;
}
