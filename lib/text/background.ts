// A prior on how common a word is in news at large, so that idf means something before the corpus
// is big enough to tell: with two articles about Gaza, "war" and "Rafah" look equally rare, and an
// earthquake report would match on "killed" and "people". The prior acts as a small virtual corpus
// of BACKGROUND_DOCS documents added to the real one; at 100,000 articles it no longer matters.
import { stem } from './stem';

/** Size of the virtual background corpus, in documents. */
export const BACKGROUND_DOCS = 200;

// Words found in a large share of news articles of any topic.
const VERY_COMMON = `year years people time day days week weeks month months government state states country
countries world new news report reported reports official officials percent million billion number
group president minister ministry city area part including include told statement week also made
make take took give gave going come came know known want went like first last second third
spokesman spokesperson added called call say according public national international local high
long large big small major early late end start started continued continue week told asked way well
region part place left right show shows showed work working use used`;

// Words of many stories about conflict, disaster, politics or the economy, not of one event.
const COMMON = `war wars killed killing kill dead death deaths died injured wounded attack attacks attacked
military army forces force troops soldiers security police fighting fight fighters civilians civilian
violence conflict crisis humanitarian aid support pressure leader leaders political politics policy
election elections vote voters party parties opposition minister prime foreign defense defence power
government's authorities agency agencies media press talks deal agreement negotiations plan proposal
efforts effort operation operations offensive strike strikes airstrike airstrikes missile missiles
weapons border borders capital region regional south north east west southern northern eastern
western central city cities town towns village villages residents population displaced refugees
camp camps hospital hospitals health ministry sources source statement interview analyst analysts
expert experts warned warning said says saying told added stated market markets economy economic
price prices rate rates growth company companies business million billion percent dollar dollars
money budget bank banks trade workers jobs team season game match win won lost against
international united nations council resolution president's white house senate congress house
american europe european union russia russian china chinese united america washington
israel israeli iran iranian ukraine ukrainian gaza palestinian palestinians trump biden middle`;

const ratios = new Map<string, number>();
for (const word of COMMON.split(/\s+/).filter(Boolean)) ratios.set(stem(word), 0.08);
for (const word of VERY_COMMON.split(/\s+/).filter(Boolean)) ratios.set(stem(word), 0.3);

/** Share of news documents of any topic that use a term (stem); small for anything not listed. */
export function backgroundShare(term: string): number {
  return ratios.get(term) ?? 0.004;
}

/**
 * Inverse document frequency of a term in the corpus plus the background prior.
 * BM25's form, always positive, so even a term in every document counts a little.
 */
export function idf(term: string, df: number, docCount: number): number {
  const virtualDf = df + BACKGROUND_DOCS * backgroundShare(term);
  const total = docCount + BACKGROUND_DOCS;
  return Math.log(1 + Math.max(0, total - virtualDf + 0.5) / (virtualDf + 0.5));
}
