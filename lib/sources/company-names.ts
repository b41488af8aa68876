// One-word names a text shows to be companies: "Nvidia said its sales…", "shares of Boeing",
// "Microsoft reported revenue of…", "Walmart Inc". Nothing in the word itself tells "Boeing said" from
// "Jackson said", and no list of companies could be complete, so the text's own phrasing decides: what a
// person does not do (report revenue, have shares or a chief executive, say "it" of itself). A word the
// text also shows to be a person ("Mr. Boeing", "Jackson said he") is left a person.
// Each pattern is one linear scan of the text, its gaps bounded.

const NAME = String.raw`([A-Z][A-Za-z0-9&-]{1,30})`;
const POSSESSIVE = String.raw`(?:'s|’s|´s)`;
const CUES = 'said|says|reported|reports|announced|announces|added|noted|expects|expected|forecast|warned|confirmed';
/** Between a cue and its clause: "on Tuesday", "late Monday", "in a statement". */
const CUE_GAP = String.raw`(?:,? (?:on|late|early) [A-Z][a-z]+(?: \d{1,2})?|,? in an? (?:statement|filing|release|report|email|note|letter))?,?`;
/** What a company has and a person seldom does. */
const OWNED =
  'chief executive|chief financial officer|chief operating officer|CEO|CFO|COO|chairman|chairwoman|board|shareholders|stock|shares|share price|stock price|market value|revenue|revenues|profit|profits|net income|sales|earnings|headquarters|stores|subscribers|factories';
const RESULTS = 'revenue|revenues|profit|profits|loss|losses|earnings|sales|net income|operating income|dividend';
/** What a dummy "it" does: "said it happened", "said it seemed unfair". */
const DUMMY_VERBS =
  'happened|occurred|started|ended|changed|worked|continued|seemed|looked|appeared|sounded|felt|struck|hurt|rained|snowed|mattered|helped';
/** What a company has, after "its": "increases its energy price cap", "cut its forecast". */
const BUSINESS_NOUNS =
  'price|prices|cap|forecast|forecasts|outlook|guidance|workforce|staff|stake|shares|dividend|target|targets|output|production|fares|tariffs|rates|earnings|profit|sales|revenue|bid|offer';
const SUFFIXES = String.raw`Inc|Corp|Corporation|Ltd|Limited|LLC|PLC|plc|Co|AG|SA|NV|GmbH|Holdings`;

const COMPANY_PATTERNS: RegExp[] = [
  // "shares of Boeing", "a stake in Tesla"
  new RegExp(String.raw`\b(?:[Ss]hares|[Ss]tock|[Ss]take) (?:of|in) ${NAME}\b`, 'g'),
  // "Nvidia's chief executive", "Boeing shares", "Tesla stock"
  new RegExp(String.raw`\b${NAME}${POSSESSIVE}? (?:${OWNED})\b`, 'g'),
  // "Nvidia said its sales", "Walmart said on Tuesday it plans to" ("Jackson said it was hard" says
  // nothing: a person's "it" is a dummy subject as often as not)
  new RegExp(
    String.raw`\b${NAME} (?:${CUES})${CUE_GAP} (?:that )?(?:its|it (?:plans|planned|intends|intended|expects|aims) to|it would (?:hire|invest|cut|lay off|close|open|build|acquire|buy|sell|spend|raise|launch))\b`,
    'g',
  ),
  // "ExxonMobil said it disagreed with the decision", "Ofgem said it welcomed": a deed of its own, which a
  // dummy "it" ("Jackson said it was hard", "it happened") does not do.
  new RegExp(String.raw`\b${NAME} (?:${CUES})${CUE_GAP} (?:that )?it (?!(?:${DUMMY_VERBS})\b)[a-z]+ed\b`, 'g'),
  // "as Ofgem increases its energy price cap", "Tesla cut its forecast"
  new RegExp(String.raw`\b${NAME} (?:has |have )?[a-z]+(?:s|ed|t) its (?:[a-z-]+ ){0,2}(?:${BUSINESS_NOUNS})\b`, 'g'),
  // "Microsoft reported revenue", "Shell posted a record profit"
  new RegExp(
    String.raw`\b${NAME} (?:posted|reported|announced|booked|recorded|forecast|raised|cut) (?:an? |its )?(?:[a-z-]+ ){0,2}(?:${RESULTS})\b`,
    'g',
  ),
  // "Walmart Inc", "Boeing Co."
  new RegExp(String.raw`\b${NAME},? (?:${SUFFIXES})\b`, 'g'),
];

const PERSON_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Dr|Miss|Sir)\.? ${NAME}\b`, 'g'),
  new RegExp(String.raw`\b${NAME} (?:${CUES}|told [a-z]+)${CUE_GAP} (?:that )?(?:he|she|his|her)\b`, 'g'),
  new RegExp(
    String.raw`\b${NAME}${POSSESSIVE} (?:wife|husband|son|daughter|mother|father|family|lawyer|attorney)\b`,
    'g',
  ),
];

function namesMatching(text: string, patterns: RegExp[]): Set<string> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.add(m[1]!.toLowerCase());
  }
  return found;
}

/** The one-word names (lower case) the text shows to be companies and nowhere to be people. */
export function companyNames(text: string): ReadonlySet<string> {
  const companies = namesMatching(text, COMPANY_PATTERNS);
  if (companies.size === 0) return companies;
  for (const person of namesMatching(text, PERSON_PATTERNS)) companies.delete(person);
  return companies;
}
