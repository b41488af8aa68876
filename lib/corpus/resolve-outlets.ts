// Ties the outlet names a text gives ("MNA", "Press TV", "Tehran Times") to their profiles, and
// builds the article's address where the profile knows the outlet's address pattern.
import type { Article, OutletProfile, OutletRef } from '../types';
import type { ParsedText } from './parse-seed';
import { articleUrl, findOutlet } from '../sources/outlets';

function ref(profiles: OutletProfile[], name: string | null): OutletRef | null {
  if (!name) return null;
  const profile = findOutlet(profiles, { name });
  return profile
    ? { name: profile.names[0], domain: profile.domains[0] ?? null, profileId: profile.id }
    : { name, domain: null, profileId: null };
}

/** Sets outlet, original publisher and address from what the text said. */
export function resolveOutlets(article: Article, parsed: ParsedText, profiles: OutletProfile[]): Article {
  // The outlet is who the text names as publisher, else the agency its dateline credits.
  const outlet = ref(profiles, parsed.outletName ?? parsed.datelineCredit);
  const originalPublisher = ref(profiles, parsed.originalPublisherName);
  let url = parsed.url;
  if (!url && outlet?.profileId && parsed.outletArticleId) {
    const profile = profiles.find((p) => p.id === outlet.profileId);
    url = profile ? articleUrl(profile, parsed.outletArticleId) : null;
  }
  return { ...article, outlet, originalPublisher, url };
}
