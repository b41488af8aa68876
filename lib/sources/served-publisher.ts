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

type DigestFields = Pick<PageDigest, 'url' | 'canonical' | 'site' | 'stated'>;

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

const distinct = (values: Array<string | null | undefined>): string[] => [
  ...new Set(values.filter((v): v is string => !!v && !!v.trim()).map((v) => v.trim())),
];

/**
 * The publisher a page's address shows, and what the page claims beyond it. Every statement the page
 * makes of itself is weighed, not only the first: a canonical link to its own address does not clear
 * an og:url, a JSON-LD url or publisher, or an og:site_name that names another outlet.
 */
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
  const servedSite = siteOfHost(served);
  const elsewhere = (address: string) => {
    const host = hostOf(address);
    return !!host && siteOfHost(host) !== servedSite;
  };
  const servedProfile = findOutlet(profiles, { domain: served });
  // The page's own addresses, then its publisher's: those on another site.
  const ownElsewhere = distinct([page.canonical, ...(page.stated?.addresses ?? [])]).filter(elsewhere);
  const publisherElsewhere = distinct(page.stated?.publisherAddresses ?? []).filter(elsewhere);
  const addressesElsewhere = distinct([...ownElsewhere, ...publisherElsewhere]);
  // Its names for its publisher, each with the profile it names.
  const names = distinct([site, ...(page.stated?.names ?? [])]).map((n) => ({
    text: n,
    profile: findOutlet(profiles, { name: n }),
  }));
  const named = site ? (names[0]?.profile ?? null) : null;
  // A name or a publisher address naming another outlet's profile is a claim whatever else the page says.
  const otherNames = names.filter((n) => n.profile && n.profile !== servedProfile);
  const otherPublisher = publisherElsewhere
    .map((a) => findOutlet(profiles, { domain: hostOf(a) }))
    .find((p) => p && p !== servedProfile);
  // The page's name for itself is borne out when it names the profile of the site that served it.
  const nameBorneOut = !!servedProfile && names.some((n) => n.profile === servedProfile);
  const nameElsewhere = otherNames.length > 0 || !!otherPublisher;
  // An address elsewhere on a page whose name the served address bears out is a syndication link
  // (a canonical pointing at the first publisher), not a claim of who published this copy.
  const addressClaim = addressesElsewhere.length > 0 && !nameBorneOut;
  const claimed = nameElsewhere || addressClaim;
  const url = pageAddress(page);
  if (!claimed) {
    const name = site ? (named?.names[0] ?? site) : (servedProfile?.names[0] ?? served);
    return { servedUrl: page.url, servedFrom: served, name, profileId: servedProfile?.id ?? null, url, claim: null };
  }
  const profileOf = (address: string) => findOutlet(profiles, { domain: hostOf(address) });
  const otherProfiles = new Set<OutletProfile | null | undefined>([
    ...otherNames.map((n) => n.profile),
    otherPublisher,
  ]);
  otherProfiles.delete(null);
  otherProfiles.delete(undefined);
  // The address shown with the claim: any elsewhere when the addresses are the claim; when only a name
  // is, an address of the outlet it names (a syndication link to a third site is not part of it).
  const claimedAddress = addressClaim
    ? addressesElsewhere[0]
    : (addressesElsewhere.find((a) => otherProfiles.has(profileOf(a))) ?? null);
  const addressProfile = claimedAddress ? profileOf(claimedAddress) : null;
  const siteClaimed = site && !(named && named === servedProfile) ? site : null;
  const by: PublisherClaim['by'] = [];
  if (claimedAddress) by.push('address');
  if (nameElsewhere) by.push('name');
  return {
    servedUrl: page.url,
    servedFrom: served,
    name: servedProfile?.names[0] ?? served,
    profileId: servedProfile?.id ?? null,
    url,
    claim: {
      name:
        otherNames[0]?.text ??
        otherPublisher?.names[0] ??
        siteClaimed ??
        addressProfile?.names[0] ??
        hostOf(claimedAddress) ??
        served,
      url: claimedAddress,
      by,
    },
  };
}

/** The words for a claim: "says it is from Reuters; served from 127.0.0.1". */
export function claimWords(claim: PublisherClaim, servedFrom: string | null): string {
  return `says it is from ${claim.name}; served from ${servedFrom ?? 'an unknown address'}`;
}
